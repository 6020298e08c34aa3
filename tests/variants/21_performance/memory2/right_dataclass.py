from dataclasses import dataclass


@dataclass(slots=True)
class Sample:
    """One metric reading from one host."""

    host: str
    metric: str
    value: float
