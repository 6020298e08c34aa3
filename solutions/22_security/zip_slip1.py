"""Input validation: names inside an archive are input too ("zip slip").

`extract_backup` unpacks a configuration backup that a user uploads, writing each member
itself so that it can refuse oversized files. But a member's name is whatever the archive's
author wrote: `../../home/ops/.ssh/authorized_keys` or `/etc/cron.d/job` writes outside the
destination folder. Before writing a member, resolve where it would land and refuse the whole
archive (ValueError, nothing written) if any member would land outside `dest`.
"""
import zipfile
from pathlib import Path

MAX_MEMBER_SIZE = 1_000_000


def extract_backup(archive: Path, dest: Path) -> list[Path]:
    """Extract every file member of the zip archive under dest; return the paths written."""
    written = []
    with zipfile.ZipFile(archive) as zf:
        members = [info for info in zf.infolist() if not info.is_dir()]
        for info in members:
            if info.file_size > MAX_MEMBER_SIZE:
                raise ValueError(f"{info.filename} is too large")
        root = dest.resolve()
        for info in members:
            if not (root / info.filename).resolve().is_relative_to(root):
                raise ValueError(f"{info.filename} would land outside {dest}")
        for info in members:
            target = root / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(info))
            written.append(target)
    return written


# --- tests: read them, don't change them ---
import pytest


def make_zip(path, members):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.fixture
def dest(tmp_path):
    folder = tmp_path / "restore" / "configs"
    folder.mkdir(parents=True)
    return folder


def files_under(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_a_normal_backup_is_extracted(tmp_path, dest):
    archive = make_zip(tmp_path / "ok.zip", {"sw1.cfg": "hostname sw1\n",
                                              "site/ams/sw2.cfg": "hostname sw2\n"})
    written = extract_backup(archive, dest)
    assert sorted(p.resolve() for p in written) == sorted(
        [(dest / "sw1.cfg").resolve(), (dest / "site/ams/sw2.cfg").resolve()]
    )
    assert (dest / "site" / "ams" / "sw2.cfg").read_text() == "hostname sw2\n"


def test_dot_dot_that_stays_inside_is_fine(tmp_path, dest):
    archive = make_zip(tmp_path / "ok.zip", {"site/../sw1.cfg": "hostname sw1\n"})
    extract_backup(archive, dest)
    assert files_under(dest) == ["sw1.cfg"]


@pytest.mark.parametrize(
    "evil", ["../evil.cfg", "site/../../../evil.cfg", "../configs-old/evil.cfg"]
)
def test_climbing_out_is_refused_and_nothing_is_written(tmp_path, dest, evil):
    archive = make_zip(tmp_path / "evil.zip", {"a.cfg": "first\n", evil: "owned\n"})
    with pytest.raises(ValueError):
        extract_backup(archive, dest)
    assert files_under(tmp_path / "restore") == []


def test_an_absolute_name_is_refused(tmp_path, dest):
    target = tmp_path / "absolute.cfg"
    archive = make_zip(tmp_path / "evil.zip", {str(target): "owned\n"})
    with pytest.raises(ValueError):
        extract_backup(archive, dest)
    assert not target.exists()


def test_oversized_members_are_still_refused(tmp_path, dest):
    archive = make_zip(tmp_path / "big.zip", {"big.cfg": "x" * (MAX_MEMBER_SIZE + 1)})
    with pytest.raises(ValueError):
        extract_backup(archive, dest)
