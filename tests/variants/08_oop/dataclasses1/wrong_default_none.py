from dataclasses import dataclass


@dataclass
class Task:
    title: str
    priority: int = 3
    tags: list = None
