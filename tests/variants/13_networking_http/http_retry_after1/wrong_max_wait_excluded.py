"""429 Too Many Requests: wait as long as the server asks, then try again.

An API that limits how often you may call it answers "429 Too Many Requests"
and says in the Retry-After header how many seconds to wait before the next
try. (Retry-After may also hold a date; this API always sends seconds.)
`get_json(session, url, max_tries=3, sleep=time.sleep, max_wait=60)` GETs `url`
with `session` and returns the JSON body. After a 429 it calls `sleep` with the
number of seconds from Retry-After (1 when the header is missing) and tries
again, at most `max_tries` requests in all. It raises requests.HTTPError for a
429 on the last try, for a Retry-After longer than `max_wait` (raise at once:
that is not worth waiting for) and for any other error status.
"""
import time


def get_json(session, url, max_tries=3, sleep=time.sleep, max_wait=60):
    for attempt in range(max_tries):
        response = session.get(url, timeout=5)
        if response.status_code == 429 and attempt < max_tries - 1:
            wait = int(response.headers.get("Retry-After", 1))
            if wait < max_wait:
                sleep(wait)
                continue
        response.raise_for_status()
        return response.json()


