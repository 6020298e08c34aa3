import os
import subprocess
import sys
from pathlib import Path


def publish(dist_dir, repository_url, token):
    env = os.environ.copy()
    env.update(TWINE_USERNAME="__token__", TWINE_PASSWORD=token, TWINE_NON_INTERACTIVE="1",
               TWINE_REPOSITORY_URL=repository_url)
    files = [str(p) for p in sorted(Path(dist_dir).glob("*")) if p.is_file()]
    result = subprocess.run([sys.executable, "-m", "twine", "upload", *files], env=env,
                            check=False, capture_output=True, text=True)
    if result.returncode:
        print(result.stdout, result.stderr, file=sys.stderr)
    return result.returncode
