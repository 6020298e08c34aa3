import os
import secrets
from pathlib import Path


def set_output(name, value, env=os.environ):
    if "GITHUB_OUTPUT" not in env or not env["GITHUB_OUTPUT"]:
        raise RuntimeError("not in GitHub Actions")
    delimiter = "EOF"
    while delimiter in value:
        delimiter = "EOF_" + secrets.token_hex(8)
    with Path(env["GITHUB_OUTPUT"]).open("a", encoding="utf-8") as file:
        print(f"{name}<<{delimiter}", file=file)
        print(value, file=file)
        print(delimiter, file=file)
