from requests import RequestException, Timeout, get


def check_health(url, timeout=2.0):
    try:
        response = get(url, timeout=(timeout, timeout))
        response.raise_for_status()
    except Timeout:
        return "timeout"
    except RequestException:
        return "down"
    return "up"
