from greetkit.core import greet


def shout(name: str) -> str:
    return greet(name).upper()
