import dataclasses
from typing import List


@dataclasses.dataclass(eq=True)
class Task:
    title: str
    priority: int = 3
    tags: List[str] = dataclasses.field(default_factory=lambda: [])
