import subprocess


def run(args, timeout=5):
    return subprocess.check_output(args, text=True, timeout=timeout,
                                   stderr=subprocess.DEVNULL)
