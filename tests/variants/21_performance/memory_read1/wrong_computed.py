"""Memory management: which code holds the whole log?

Each function below reads an access log, given as an iterable of lines such as
    "10.0.0.7 GET /api/hosts 200 0.042"   (client, method, path, status, seconds)
A log can have millions of lines, so it often comes as a generator that reads the file line
by line. Read the functions (don't run them to find out: reason about what each one keeps),
then answer with literals:
1. GROWS: the names of the functions whose memory grows with the number of lines in the
   log (a function that keeps one value per distinct client doesn't: there are only so many
   clients);
2. FAILS_ON_A_GENERATOR: the name of the function that can't work on a generator at all.
"""
from collections import Counter, deque


def error_count(lines) -> int:
    return len([line for line in lines if line.split()[3].startswith("5")])


def slow_count(lines) -> int:
    return sum(1 for line in lines if float(line.split()[4]) > 1.0)


def busiest_client(lines) -> str:
    clients = Counter(line.split()[0] for line in lines)
    return clients.most_common(1)[0][0]


def median_seconds(lines) -> float:
    seconds = sorted(float(line.split()[4]) for line in lines)
    return seconds[len(seconds) // 2]


def last_errors(lines, n: int = 5) -> list[str]:
    kept = deque((line for line in lines if line.split()[3].startswith("5")), maxlen=n)
    return list(kept)


def error_rate(lines) -> float:
    errors = sum(1 for line in lines if line.split()[3].startswith("5"))
    return errors / len(lines)


# Your answers, written as literals.
GROWS = [f.__name__ for f in (error_count, median_seconds)]
FAILS_ON_A_GENERATOR = "error_rate"


