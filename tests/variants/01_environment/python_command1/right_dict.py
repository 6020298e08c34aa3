COMMANDS = {"Windows": "py", "Linux": "python3", "Darwin": "python3"}


def python_command(system):
    """Return the command that starts Python 3 on `system`, a platform.system() value."""
    return COMMANDS.get(system, "python3")
