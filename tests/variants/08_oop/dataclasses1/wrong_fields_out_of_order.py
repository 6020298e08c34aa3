from dataclasses import dataclass, field


@dataclass
class Task:
    title: str
    tags: list = field(default_factory=list)
    priority: int = 3
