import xml.etree.ElementTree as ET


def summarize(report):
    root = ET.parse(report).getroot()
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    counts = {"tests": 0, "passed": 0, "failure": 0, "error": 0, "skipped": 0}
    for suite in suites:
        counts["tests"] += int(suite.get("tests", 0))
        counts["failure"] += int(suite.get("failures", 0))
        counts["error"] += int(suite.get("errors", 0))
        counts["skipped"] += int(suite.get("skipped", 0))
    counts["passed"] = counts["tests"] - counts["failure"] - counts["error"] - counts["skipped"]
    return counts


def failed_tests(report):
    return [
        f"{c.get('classname')}::{c.get('name')}"
        for c in ET.parse(report).getroot().iter("testcase")
        if c.find("failure") is not None or c.find("error") is not None
    ]
