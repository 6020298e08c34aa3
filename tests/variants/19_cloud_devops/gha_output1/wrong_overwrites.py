"""CI/CD scripting: passing values to later steps in GitHub Actions.

A step hands values to later steps by writing them to the file whose path GitHub Actions puts
in the environment variable GITHUB_OUTPUT, one output per entry:
    name=value
and, for a value of several lines, between a delimiter line of your choice:
    name<<DELIMITER
    first line
    second line
    DELIMITER
`set_output` must ADD one output to that file (a step can set several), write a multi-line
value with a delimiter that doesn't occur in the value (GitHub recommends a random one), and
raise RuntimeError outside GitHub Actions, where GITHUB_OUTPUT is not set.
"""
import os
import uuid


def set_output(name: str, value: str, env=os.environ) -> None:
    path = env.get("GITHUB_OUTPUT")
    if not path:
        raise RuntimeError("GITHUB_OUTPUT is not set: not running in GitHub Actions")
    with open(path, "w", encoding="utf-8") as file:
        if "\n" in value:
            delimiter = f"ghadelimiter_{uuid.uuid4()}"
            file.write(f"{name}<<{delimiter}\n{value}\n{delimiter}\n")
        else:
            file.write(f"{name}={value}\n")
