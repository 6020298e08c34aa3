def in_virtualenv(prefix, base_prefix):
    return not prefix == base_prefix
