import subprocess


def run(args, timeout=5):
    result = subprocess.run(" ".join(args), shell=True, capture_output=True,
                            text=True, check=True, timeout=timeout)
    return result.stdout
