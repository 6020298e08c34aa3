import subprocess


def run(args, timeout=5):
    completed = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=timeout)
    completed.check_returncode()
    return completed.stdout.decode()
