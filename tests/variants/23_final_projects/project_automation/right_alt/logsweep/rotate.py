from pathlib import Path

from logsweep.actions import Action, perform


def rotate(path, keep, dry_run=False):
    def nth(n):
        return path if n == 0 else Path(f"{path}.{n}")

    plan = []
    if nth(keep).exists():
        plan.append(Action("delete", nth(keep), size=nth(keep).stat().st_size))
    n = keep - 1
    while n >= 0:
        if nth(n).exists():
            plan.append(Action("rotate", nth(n), target=nth(n + 1)))
        n -= 1
    if not dry_run:
        for action in plan:
            perform(action)
        path.touch()
    return plan
