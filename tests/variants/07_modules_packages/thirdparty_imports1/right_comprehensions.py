import importlib.metadata
import sys


def requirements_for(imports):
    dists = importlib.metadata.packages_distributions()
    tops = {name.split(".", 1)[0] for name in imports} - set(sys.stdlib_module_names)
    requirements = {dist for top in tops for dist in dists.get(top, [])}
    unknown = {top for top in tops if top not in dists}
    return sorted(requirements, key=str.lower), sorted(unknown, key=str.lower)
