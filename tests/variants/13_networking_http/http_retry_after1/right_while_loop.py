import time

import requests


def get_json(session, url, max_tries=3, sleep=time.sleep, max_wait=60):
    tries = 0
    while True:
        tries += 1
        response = session.get(url, timeout=(3, 10))
        if response.status_code != 429 or tries == max_tries:
            break
        seconds = float(response.headers.get("retry-after") or 1)
        if seconds > max_wait:
            break
        sleep(seconds)
    response.raise_for_status()
    return response.json()
