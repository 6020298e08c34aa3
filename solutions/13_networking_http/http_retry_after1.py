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
            if wait <= max_wait:
                sleep(wait)
                continue
        response.raise_for_status()
        return response.json()


# --- tests: read them, don't change them ---
# A rate-limited API runs on 127.0.0.1 in a thread. /busy?times=N&after=S
# answers 429 with "Retry-After: S" to the first N requests, then 200;
# without `after` the 429 has no Retry-After header. /broken answers 500.
import collections
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
import requests


class BusyHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def do_GET(self):
        url = urlsplit(self.path)
        query = {name: values[0] for name, values in parse_qs(url.query).items()}
        with self.server.lock:
            self.server.hits[url.path] += 1
            hit = self.server.hits[url.path]
        if url.path == "/broken":
            return self.send_error(500)
        if hit <= int(query["times"]):
            self.send_response(429)
            if "after" in query:
                self.send_header("Retry-After", query["after"])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = json.dumps({"hit": hit}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def api(monkeypatch):
    for name in ("no_proxy", "NO_PROXY"):  # never send these requests through a proxy
        monkeypatch.setenv(name, "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), BusyHandler)
    server.hits = collections.Counter()
    server.lock = threading.Lock()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_port}"
    with requests.Session() as session:
        server.session = session
        yield server
    server.shutdown()
    server.server_close()
    thread.join()


def test_no_429_no_wait(api):
    waits = []
    assert get_json(api.session, f"{api.url}/busy?times=0", sleep=waits.append) == {"hit": 1}
    assert waits == []


def test_waits_as_long_as_retry_after_says(api):
    waits = []
    result = get_json(api.session, f"{api.url}/busy?times=2&after=7", sleep=waits.append)
    assert result == {"hit": 3}
    assert waits == [7, 7]


def test_one_second_without_the_header(api):
    waits = []
    assert get_json(api.session, f"{api.url}/busy?times=1", sleep=waits.append) == {"hit": 2}
    assert waits == [1]


def test_gives_up_after_max_tries(api):
    waits = []
    with pytest.raises(requests.HTTPError) as info:
        get_json(api.session, f"{api.url}/busy?times=9&after=2", max_tries=4,
                 sleep=waits.append)
    assert info.value.response.status_code == 429
    assert (api.hits["/busy"], waits) == (4, [2, 2, 2])


def test_too_long_a_wait_raises_at_once(api):
    waits = []
    with pytest.raises(requests.HTTPError):
        get_json(api.session, f"{api.url}/busy?times=1&after=3600", sleep=waits.append)
    assert (api.hits["/busy"], waits) == (1, [])


def test_exactly_max_wait_is_still_waited_for(api):
    waits = []
    assert get_json(api.session, f"{api.url}/busy?times=1&after=60", sleep=waits.append)
    assert waits == [60]


def test_max_wait_is_a_limit_you_can_set(api):
    waits = []
    result = get_json(api.session, f"{api.url}/busy?times=1&after=90", max_wait=120,
                      sleep=waits.append)
    assert (result, waits) == ({"hit": 2}, [90])


def test_other_errors_are_not_retried(api):
    waits = []
    with pytest.raises(requests.HTTPError):
        get_json(api.session, f"{api.url}/broken", sleep=waits.append)
    assert (api.hits["/broken"], waits) == (1, [])
