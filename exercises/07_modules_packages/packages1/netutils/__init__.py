"""netutils: small helpers for network scripts.

A folder with an __init__.py is a package; this file runs on `import netutils` and decides what
the package offers at the top level. Users should write `from netutils import is_private,
parse_port` without knowing which submodule holds what, and `from netutils import *` should
give exactly those two names (set `__all__`).
"""

# TODO: re-export is_private (from addresses.py) and parse_port (from ports.py),
# and list the public names in __all__
