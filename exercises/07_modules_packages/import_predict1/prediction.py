"""Predict what importing does: which code runs, when, how often, and under which __name__.

Read app.py and the package shop/ (its __init__.py, cart.py and prices.py), then write in
PREDICTION the lines that `python app.py` prints, before you run it. What you need:
- Importing a module runs its top-level code, once: later imports of the same module, in any
  form, get the module that is already loaded (Python keeps it in sys.modules).
- Importing a module of a package (`import shop.cart`) first runs the package's __init__.py.
- __name__ is "__main__" in the file that was started, and the module's full dotted name
  ("shop.cart") in a module that was imported.
- Every import of a module shares the same module object and its variables.
The files of the program must stay as they are; only PREDICTION is yours.
"""

# TODO: the lines that `python app.py` prints, one per line
PREDICTION = """
"""
