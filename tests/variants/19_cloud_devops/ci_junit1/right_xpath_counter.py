from collections import Counter
from xml.etree import ElementTree


def _cases(report):
    return ElementTree.parse(report).getroot().findall(".//testcase")


def _outcome(case):
    kinds = [child.tag for child in case if child.tag in ("failure", "error", "skipped")]
    return kinds[0] if kinds else "passed"


def summarize(report):
    counter = Counter(_outcome(case) for case in _cases(report))
    result = {"tests": sum(counter.values())}
    for kind in ("passed", "failure", "error", "skipped"):
        result[kind] = counter[kind]
    return result


def failed_tests(report):
    names = []
    for case in _cases(report):
        if _outcome(case) != "passed" and _outcome(case) != "skipped":
            names.append("{}::{}".format(case.attrib["classname"], case.attrib["name"]))
    return names
