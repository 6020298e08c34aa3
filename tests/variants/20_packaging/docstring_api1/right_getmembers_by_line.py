import inspect


def summary(obj):
    if not obj.__doc__ or not obj.__doc__.strip():
        return "(undocumented)"
    return obj.__doc__.strip().splitlines()[0].strip()


def api_reference(module):
    functions = [
        function for name, function in inspect.getmembers(module, inspect.isfunction)
        if function.__module__ == module.__name__ and not name.startswith("_")
    ]
    functions.sort(key=lambda function: function.__code__.co_firstlineno)
    parts = [f"# {module.__name__}\n\n{summary(module)}\n"]
    for function in functions:
        parts.append(f"## `{function.__name__}{inspect.signature(function)}`\n\n"
                     f"{summary(function)}\n")
    return "\n".join(parts)
