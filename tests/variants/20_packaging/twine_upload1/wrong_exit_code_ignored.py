"""Publishing packages: uploading to a package index with twine.

`twine upload` sends the files of dist/ to a package index (PyPI, TestPyPI, your company's)
through the index's upload API. A release job runs it in CI, where nobody can type, so
`publish` must
- upload EVERY file of dist_dir: the wheel and the sdist;
- log in with an API token: the user name is "__token__", the password is the token;
- keep the token off the command line (any process on the machine can read command lines,
  and CI logs print them): twine also reads TWINE_USERNAME and TWINE_PASSWORD from the
  environment;
- never wait for an answer from a keyboard: tell twine it runs non-interactively;
and return twine's exit code (0 when everything was uploaded).
"""
import os
import subprocess
import sys
from pathlib import Path


def publish(dist_dir: Path, repository_url: str, token: str) -> int:
    files = sorted(str(path) for path in Path(dist_dir).iterdir())
    command = [sys.executable, "-m", "twine", "upload", "--non-interactive",
               "--repository-url", repository_url, *files]
    env = {**os.environ, "TWINE_USERNAME": "__token__", "TWINE_PASSWORD": token}
    subprocess.run(command, env=env)
    return 0
