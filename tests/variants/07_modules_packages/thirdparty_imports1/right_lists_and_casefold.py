from importlib.metadata import packages_distributions
from sys import stdlib_module_names


def requirements_for(imports):
    mapping = packages_distributions()
    tops = []
    for name in imports:
        top = name.partition(".")[0]
        if top not in tops and top not in stdlib_module_names:
            tops.append(top)
    requirements = []
    unknown = []
    for top in tops:
        for dist in mapping.get(top, []):
            if dist not in requirements:
                requirements.append(dist)
        if top not in mapping:
            unknown.append(top)
    requirements.sort(key=lambda name: name.casefold())
    unknown.sort(key=lambda name: name.casefold())
    return requirements, unknown
