"""Third-party packages: the name you install is not always the name you import.

A script's import statements name modules. Some come with Python, in the standard library
(json, csv, pathlib...); the others must be installed, and `pip install` wants the name of the
distribution that provides them, as it is published on PyPI: `import sqlalchemy` needs
`pip install SQLAlchemy`, `import dateutil` needs `pip install python-dateutil`. Installing a
distribution puts its code into the environment's site-packages folder, where `import` finds
it, and its metadata beside it: `importlib.metadata.packages_distributions()` reads that
metadata and returns a dict from each top-level import name to the list of the installed
distributions that provide it. `sys.stdlib_module_names` holds the names of the standard
library's top-level modules.

`requirements_for(imports)` gets the names of the modules a script imports, such as "json",
"sqlalchemy.orm" or "requests", and returns (requirements, unknown):
- requirements: the names of the distributions to put in requirements.txt, each once;
- unknown: the top-level names that are neither in the standard library nor provided by an
  installed distribution, each once (a module of the script's own project lands here too).
Only the top-level name counts: "sqlalchemy.orm" is part of "sqlalchemy", "os.path" of "os".
Both lists are sorted alphabetically, ignoring upper and lower case.
"""
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
            requirements.update(provided_by[top])
        else:
            unknown.add(top)
    return sorted(requirements, key=str.lower), sorted(unknown, key=str.lower)


# --- tests: read them, don't change them ---


def test_standard_library_needs_nothing():
    assert requirements_for(["json", "csv", "pathlib", "sys"]) == ([], [])


def test_a_package_whose_names_match():
    assert requirements_for(["requests"]) == (["requests"], [])


def test_distribution_names_differ_from_import_names():
    assert requirements_for(["sqlalchemy", "dateutil"]) == (["python-dateutil", "SQLAlchemy"], [])


def test_only_the_top_level_name_counts():
    assert requirements_for(["sqlalchemy.orm", "os.path", "dateutil.parser"]) == (
        ["python-dateutil", "SQLAlchemy"],
        [],
    )


def test_each_requirement_once():
    imports = ["requests", "json", "requests.adapters", "flask", "requests"]
    assert requirements_for(imports) == (["Flask", "requests"], [])


def test_sorted_ignoring_case():
    imports = ["requests", "flask", "sqlalchemy", "dateutil", "packaging"]
    assert requirements_for(imports) == (
        ["Flask", "packaging", "python-dateutil", "requests", "SQLAlchemy"],
        [],
    )


def test_names_nobody_provides_are_unknown():
    imports = ["zz_not_installed.sub", "json", "pylings_missing_module", "zz_not_installed"]
    assert requirements_for(imports) == ([], ["pylings_missing_module", "zz_not_installed"])


def test_unknown_names_sorted_ignoring_case():
    imports = ["Zeta_missing", "alpha_missing", "requests"]
    assert requirements_for(imports) == (["requests"], ["alpha_missing", "Zeta_missing"])
