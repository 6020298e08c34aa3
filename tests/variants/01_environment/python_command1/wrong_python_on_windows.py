def python_command(system):
    if system == "Windows":
        return "python"
    return "python3"
