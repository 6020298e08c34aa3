def in_virtualenv(prefix, base_prefix):
    return ".venv" in prefix
