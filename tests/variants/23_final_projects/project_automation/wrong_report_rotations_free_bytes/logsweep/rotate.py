"""Rotating one log: app.log becomes app.log.1, app.log.1 becomes app.log.2, and so on."""

from pathlib import Path

from logsweep.actions import Action, perform


def numbered(path: Path, n: int) -> Path:
    return path.with_name(f"{path.name}.{n}")


def rotate(path: Path, keep: int, dry_run: bool = False) -> list[Action]:
    """Rotate path, keeping at most `keep` numbered copies; return the actions.

    The copy that would become number keep + 1 is deleted. With keep == 0 the log itself is
    deleted. After a real run, an empty log takes the place of the old one. A dry run changes
    nothing on disk but returns the same actions.
    """
    actions = []
    oldest = numbered(path, keep) if keep else path
    if oldest.exists():
        actions.append(Action("delete", oldest, size=oldest.stat().st_size))
    for n in range(keep - 1, 0, -1):
        source = numbered(path, n)
        if source.exists():
            actions.append(Action("rotate", source, target=numbered(path, n + 1)))
    if keep:
        actions.append(Action("rotate", path, target=numbered(path, 1)))
    if not dry_run:
        for action in actions:
            perform(action)
        path.touch()
    return actions
