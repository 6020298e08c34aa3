import requests


def check_health(url, timeout=2.0):
    try:
        response = requests.get(url, timeout=timeout)
    except requests.Timeout:
        return "timeout"
    return "up" if response.ok else "down"
