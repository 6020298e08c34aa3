import shlex
import subprocess


def run(args, timeout=5):
    result = subprocess.run(shlex.join(args), shell=True, capture_output=True,
                            text=True, check=True, timeout=timeout)
    return result.stdout
