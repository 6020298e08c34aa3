import subprocess


def run(args, timeout=5):
    result = subprocess.run(args, capture_output=True, check=True, timeout=timeout)
    return result.stdout
