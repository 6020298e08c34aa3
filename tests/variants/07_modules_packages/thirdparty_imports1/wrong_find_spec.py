import importlib.util
import sys


def requirements_for(imports):
    requirements, unknown = set(), set()
    for name in imports:
        top = name.partition(".")[0]
        if top in sys.stdlib_module_names:
            continue
        if importlib.util.find_spec(top) is not None:
            requirements.add(top)
        else:
            unknown.add(top)
    return sorted(requirements, key=str.lower), sorted(unknown, key=str.lower)
