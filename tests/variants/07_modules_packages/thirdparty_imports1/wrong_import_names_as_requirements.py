import importlib.metadata
import sys


def requirements_for(imports):
    provided_by = importlib.metadata.packages_distributions()
    requirements, unknown = set(), set()
    for name in imports:
        top = name.split(".")[0]
        if top in sys.stdlib_module_names:
            continue
        if top in provided_by:
            requirements.add(top)
        else:
            unknown.add(top)
    return sorted(requirements, key=str.lower), sorted(unknown, key=str.lower)
