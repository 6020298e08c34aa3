"""Download a big file in chunks, and check it against its SHA-256.

`download(url, dest, expected_sha256)` GETs `url`, writes the body to the file
`dest` and returns the number of bytes written. A release archive may be
gigabytes: never hold the whole body in memory, but stream the response and
write it chunk by chunk. Then compare the file's SHA-256 (as hex) with
`expected_sha256`; when they differ, delete `dest` and raise ValueError - a
truncated or tampered download must not stay where a deploy script would pick
it up.
"""
import hashlib
import os

import requests


def download(url, dest, expected_sha256):
    with requests.get(url, timeout=10, stream=True) as response:
        response.raise_for_status()
        digest = hashlib.sha256()
        size = 0
        with open(dest, "wb") as f:
            for data in response.iter_content(chunk_size=64 * 1024):
                f.write(data)
                digest = hashlib.sha256(data)
                size += len(data)
    if digest.hexdigest() != expected_sha256:
        os.remove(dest)
        raise ValueError(f"{url}: SHA-256 {digest.hexdigest()}, expected {expected_sha256}")
    return size


