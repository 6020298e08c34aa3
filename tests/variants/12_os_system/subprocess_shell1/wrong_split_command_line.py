import subprocess


def count_lines(path):
    result = subprocess.run(f"wc -l {path}".split(), capture_output=True, text=True, check=True)
    return int(result.stdout.split()[0])
