import requests


def check_health(url, timeout=2.0):
    try:
        response = requests.get(url, timeout=timeout)
    except Exception:
        return "down"
    return "up" if response.ok else "down"
