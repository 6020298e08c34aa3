import xml.etree.ElementTree as ET


def outcome(case):
    for tag in ("failure", "error", "skipped"):
        if case.find(tag) is not None:
            return tag
    return "passed"


def summarize(report):
    counts = {"tests": 0, "passed": 0, "failure": 0, "error": 0, "skipped": 0}
    for case in ET.parse(report).getroot().iter("testcase"):
        counts["tests"] += 1
        counts[outcome(case)] += 1
    return counts


def failed_tests(report):
    return [
        f"{case.get('classname')}::{case.get('name')}"
        for case in ET.parse(report).getroot().iter("testcase")
        if outcome(case) == "failure"
    ]
