"""CI/CD scripting: reading a JUnit XML test report.

Test runners (pytest --junitxml, Maven, Jest, Go) write JUnit XML, and CI scripts read it.
`summarize` counts the test cases by outcome. Count the <testcase> elements yourself, in
every <testsuite>: a report may have one suite or several under <testsuites>, and the
totals on the root element are not always there. `failed_tests` names the failed and
errored cases as "classname::name".
"""
import xml.etree.ElementTree as ET
from pathlib import Path


def outcome(case: ET.Element) -> str:
    for tag in ("failure", "error", "skipped"):
        if case.find(tag) is not None:
            return tag
    return "passed"


def summarize(report: Path) -> dict[str, int]:
    counts = {"tests": 0, "passed": 0, "failure": 0, "error": 0, "skipped": 0}
    for case in ET.parse(report).getroot().iter("testcase"):
        counts["tests"] += 1
        counts[outcome(case)] += 1
    return counts


def failed_tests(report: Path) -> list[str]:
    return [
        f"{case.get('classname')}::{case.get('name')}"
        for case in ET.parse(report).getroot().iter("testcase")
        if outcome(case) in ("failure", "error")
    ]


# --- tests: read them, don't change them ---
import pytest

PYTEST_REPORT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites name="pytest tests">
  <testsuite name="pytest" errors="1" failures="1" skipped="1" tests="5" time="0.41">
    <testcase classname="tests.test_api" name="test_health" time="0.01" />
    <testcase classname="tests.test_api" name="test_create" time="0.02">
      <failure message="assert 200 == 201">assert 200 == 201</failure>
    </testcase>
    <testcase classname="tests.test_db" name="test_migrate" time="0.10">
      <error message="failed on setup">sqlite3.OperationalError</error>
    </testcase>
    <testcase classname="tests.test_db" name="test_postgres" time="0.00">
      <skipped type="pytest.skip" message="no server">no server</skipped>
    </testcase>
    <testcase classname="tests.test_db" name="test_rollback" time="0.03" />
  </testsuite>
</testsuites>
"""

TWO_SUITES = """<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="unit" tests="2">
    <testcase classname="unit.Parser" name="parses_empty" />
    <testcase classname="unit.Parser" name="parses_vlan" />
  </testsuite>
  <testsuite name="integration" tests="2">
    <testcase classname="it.Router" name="applies_config">
      <failure message="timeout" />
    </testcase>
    <testcase classname="it.Router" name="rolls_back" />
  </testsuite>
</testsuites>
"""

ONE_SUITE = """<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="go" tests="2" failures="0">
  <testcase classname="netplan" name="TestRender" />
  <testcase classname="netplan" name="TestValidate" />
</testsuite>
"""


@pytest.fixture
def write(tmp_path):
    def write(text):
        path = tmp_path / "report.xml"
        path.write_text(text)
        return path
    return write


def test_summarize_pytest_report(write):
    assert summarize(write(PYTEST_REPORT)) == {
        "tests": 5, "passed": 2, "failure": 1, "error": 1, "skipped": 1
    }


def test_summarize_counts_every_suite(write):
    assert summarize(write(TWO_SUITES)) == {
        "tests": 4, "passed": 3, "failure": 1, "error": 0, "skipped": 0
    }


def test_summarize_single_suite_root(write):
    assert summarize(write(ONE_SUITE)) == {
        "tests": 2, "passed": 2, "failure": 0, "error": 0, "skipped": 0
    }


def test_failed_tests(write):
    assert failed_tests(write(PYTEST_REPORT)) == [
        "tests.test_api::test_create", "tests.test_db::test_migrate"
    ]
    assert failed_tests(write(TWO_SUITES)) == ["it.Router::applies_config"]
