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
    for case in ET.parse(report).getroot().findall("testsuite/testcase"):
        counts["tests"] += 1
        counts[outcome(case)] += 1
    return counts


def failed_tests(report: Path) -> list[str]:
    return [
        f"{case.get('classname')}::{case.get('name')}"
        for case in ET.parse(report).getroot().iter("testcase")
        if outcome(case) in ("failure", "error")
    ]
