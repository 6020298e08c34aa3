"""Write a file so that nobody ever sees half of it: write aside, then replace.

`save_state(path, state)` writes the dict `state` as JSON to `path`. The
monitoring agent reads that file at any moment, and the job itself may crash
while writing (a full disk, a value json can't encode, a kill). open(path, "w")
empties the file at once, so a reader - or the next run after a crash - finds
an empty or half-written file. Instead:
- write the JSON to a temporary file in the SAME folder as `path`
  (os.replace can't move a file to another file system in one step),
- then put it in place with os.replace: readers see the old file or the new
  one, never a mix.
When writing fails, the exception goes on up, `path` keeps its old content,
and no temporary file is left behind.
"""
import json
import os


def save_state(path, state):
    # TODO: write to a temporary file next to `path`, then os.replace it
    with open(path, "w", encoding="utf-8") as f:
        json.dump(state, f, indent=2)


# --- tests: read them, don't change them ---
import json
import os

import pytest

OLD = {"last_run": "2024-03-04T02:30:00", "copied": 120}
NEW = {"last_run": "2024-03-05T02:30:00", "copied": 97}


@pytest.fixture
def state_file(tmp_path):
    path = tmp_path / "state" / "mirror.json"
    path.parent.mkdir()
    path.write_text(json.dumps(OLD), encoding="utf-8")
    return path


@pytest.fixture
def renames(monkeypatch):
    """Records (source, target) of every os.replace and os.rename."""
    seen = []
    for name in ("replace", "rename"):
        real = getattr(os, name)

        def spy(src, dst, *args, real=real, **kwargs):
            seen.append((os.fspath(src), os.fspath(dst)))
            return real(src, dst, *args, **kwargs)

        monkeypatch.setattr(os, name, spy)
    return seen


def test_writes_the_state(state_file):
    save_state(state_file, NEW)
    assert json.loads(state_file.read_text(encoding="utf-8")) == NEW


def test_creates_a_new_file(tmp_path):
    path = tmp_path / "fresh.json"
    save_state(path, NEW)
    assert json.loads(path.read_text(encoding="utf-8")) == NEW


def test_replaces_a_file_from_the_same_folder(state_file, renames):
    save_state(state_file, NEW)
    assert renames, "the file was written in place: write aside and os.replace"
    source, target = renames[-1]
    assert os.path.samefile(target, state_file)
    assert os.path.dirname(os.path.abspath(source)) == str(state_file.parent), (
        "the temporary file must be in the same folder as the state file")


def test_a_failed_write_keeps_the_old_file(state_file):
    broken = {"last_run": "2024-03-05T02:30:00", "host": object()}  # json can't encode it
    with pytest.raises(TypeError):
        save_state(state_file, broken)
    assert state_file.read_text(encoding="utf-8") == json.dumps(OLD), (
        "the old state was lost when writing failed")
    assert sorted(p.name for p in state_file.parent.iterdir()) == ["mirror.json"], (
        "a temporary file was left behind")
