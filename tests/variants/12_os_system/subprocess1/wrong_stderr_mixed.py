import subprocess


def run(args, timeout=5):
    result = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, check=True, timeout=timeout)
    return result.stdout
