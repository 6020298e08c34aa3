import hashlib
import os

import requests

CHUNK = 8192


def save_chunks(response, dest):
    digest = hashlib.sha256()
    written = 0
    with open(dest, "wb") as out:
        for chunk in response.iter_content(CHUNK):
            written += out.write(chunk)
            digest.update(chunk)
    return written, digest.hexdigest()


def download(url, dest, expected_sha256):
    response = requests.get(url, stream=True, timeout=10)
    try:
        response.raise_for_status()
        written, actual = save_chunks(response, dest)
    finally:
        response.close()
    if actual.lower() != expected_sha256.lower():
        os.unlink(dest)
        raise ValueError(f"bad download: {actual}")
    return written
