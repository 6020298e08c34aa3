"""Showing the results to people (a table) and to programs (JSON)."""
import json

from hostcheck.probe import Result


def format_table(results: list[Result]) -> str:
    width = max((len(result.name) for result in results), default=0)
    lines = []
    for result in results:
        if result.ok:
            lines.append(f"{result.name:<{width}}  ok    {result.seconds:.3f}s")
        else:
            lines.append(f"{result.name:<{width}}  FAIL  {result.error}")
    passed = sum(1 for result in results if result.ok)
    lines.append(f"{passed} of {len(results)} ok")
    return "\n".join(lines) + "\n"


def to_json(results: list[Result]) -> str:
    return json.dumps(
        [{"name": r.name, "ok": r.ok, "seconds": round(r.seconds, 3), "error": r.error}
         for r in results],
        indent=2,
    )
