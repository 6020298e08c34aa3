"""Input validation: names inside an archive are input too ("zip slip").

`extract_backup` unpacks a configuration backup that a user uploads, writing each member
itself so that it can refuse oversized files. But a member's name is whatever the archive's
author wrote: `../../home/ops/.ssh/authorized_keys` or `/etc/cron.d/job` writes outside the
destination folder. Before writing a member, resolve where it would land and refuse the whole
archive (ValueError, nothing written) if any member would land outside `dest`.
"""
import os
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
        root = os.path.realpath(dest)
        targets = []
        for info in members:
            target = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, target]) != root:
                raise ValueError("zip slip: " + info.filename)
            targets.append((info, Path(target)))
        for info, target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(info))
            written.append(target)
    return written


