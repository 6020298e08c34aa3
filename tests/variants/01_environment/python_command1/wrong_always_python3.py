def python_command(system):
    return "python3"
