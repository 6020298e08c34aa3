import hashlib
import shutil
from pathlib import Path

import requests


def download(url, dest, expected_sha256):
    dest = Path(dest)
    with requests.get(url, stream=True, timeout=(3, 30)) as response:
        response.raise_for_status()
        with dest.open("wb") as f:
            shutil.copyfileobj(response.raw, f)
    with dest.open("rb") as f:
        actual = hashlib.file_digest(f, "sha256").hexdigest()
    if actual != expected_sha256:
        dest.unlink()
        raise ValueError("checksum mismatch")
    return dest.stat().st_size
