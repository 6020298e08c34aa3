"""Predict: status codes, redirects and methods, as requests sees them.

A small docs server answers like this:
    GET  /old-docs   301 Moved Permanently, Location: /docs
    GET  /docs       200 OK, the text "welcome"   (HEAD /docs: the same, no body)
    POST /docs       405 Method Not Allowed, Allow: GET, HEAD
    anything else    404 Not Found
Read `main()` below and write what it prints, line by line, in PREDICTION.
Don't run it first: work it out, then let the tests check you.
"""
import requests


def main(base):
    response = requests.get(f"{base}/old-docs", timeout=5)
    print(response.status_code, response.text)
    print([r.status_code for r in response.history])

    response = requests.get(f"{base}/old-docs", allow_redirects=False, timeout=5)
    print(response.status_code, response.headers["Location"])

    response = requests.head(f"{base}/old-docs", timeout=5)
    print(response.status_code, repr(response.text))

    response = requests.post(f"{base}/docs", json={"page": "new"}, timeout=5)
    print(response.status_code, response.ok, response.headers["Allow"])

    response = requests.get(f"{base}/missing", timeout=5)
    print(response.status_code, bool(response))
    try:
        response.raise_for_status()
        print("no error")
    except requests.HTTPError as err:
        print("HTTPError", err.response.status_code)


PREDICTION = """
200 welcome
[301]
301 /docs
200 ''
405 False GET, HEAD
404 False
HTTPError 404
"""


