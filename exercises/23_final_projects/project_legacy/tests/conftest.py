"""What the structure tests look at: the project's own Python files, outside tests/."""
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project_files():
    """disk_report.py and every module of the diskreport package, as paths."""
    return sorted(PROJECT.glob("*.py")) + sorted(PROJECT.glob("diskreport/*.py"))


@pytest.fixture
def project():
    return PROJECT
