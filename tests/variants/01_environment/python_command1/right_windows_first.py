def python_command(system):
    if system == "Windows":
        return "py"
    return "python3"
