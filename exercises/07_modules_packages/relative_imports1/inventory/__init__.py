"""inventory: read a plain-text host inventory."""
