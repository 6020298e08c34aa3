import importlib.metadata
import sys


def requirements_for(imports):
    provided_by = importlib.metadata.packages_distributions()
    requirements, unknown = [], []
    for name in imports:
        top = name.split(".")[0]
        if top in sys.stdlib_module_names:
            continue
        if top in provided_by:
            requirements += provided_by[top]
        else:
            unknown.append(top)
    return sorted(requirements, key=str.lower), sorted(unknown, key=str.lower)
