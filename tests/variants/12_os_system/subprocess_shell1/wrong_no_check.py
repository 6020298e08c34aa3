import subprocess


def count_lines(path):
    result = subprocess.run(["wc", "-l", path], capture_output=True, text=True)
    words = result.stdout.split()
    return int(words[0]) if words else 0
