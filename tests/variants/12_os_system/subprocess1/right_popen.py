import subprocess
from subprocess import PIPE, CalledProcessError


def run(args, timeout=5):
    with subprocess.Popen(args, stdout=PIPE, stderr=PIPE, text=True) as proc:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise
    if proc.returncode != 0:
        raise CalledProcessError(proc.returncode, args, out, err)
    return out
