import os
import time

import pytest

DAY = 24 * 60 * 60


@pytest.fixture
def make_file():
    """make_file(path, size=10, age_days=0): create a file of `size` bytes, last modified
    `age_days` days ago (fractions allowed)."""

    def make(path, size=10, age_days=0.0, content=None):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if content is not None else b"x" * size)
        stamp = time.time() - age_days * DAY
        os.utime(path, (stamp, stamp))
        return path

    return make


@pytest.fixture
def write_config(tmp_path):
    """write_config(text): a config file in tmp_path/etc holding text; returns its path."""

    def write(text):
        path = tmp_path / "etc" / "logsweep.toml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write
