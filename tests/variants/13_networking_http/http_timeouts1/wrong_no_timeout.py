import requests


def check_health(url, timeout=2.0):
    try:
        response = requests.get(url)
    except requests.Timeout:
        return "timeout"
    except requests.ConnectionError:
        return "down"
    return "up" if response.ok else "down"
