"""Quiz: an on-call report from an incident API (chapters 3, 5, 12 and 13).

The on-call team wants a small script that downloads every OPEN incident from
the incident API and writes a summary as JSON:

    INCIDENT_TOKEN=... python quiz_networking.py BASE_URL OUTPUT

Write the three functions below.
1. `fetch_incidents(session, base_url)` GETs {base_url}/incidents?status=open
   and follows the pages: each page is {"incidents": [...], "next": URL or
   null}. It returns every incident of every page, in order. Every request has
   a timeout.
2. `summarize(incidents)` returns {"total": how many, "by_severity": {severity:
   how many}, "services": the service names, sorted, each once}.
3. `main(argv=None, environ=None)` (environ: a mapping, os.environ when None):
   - argv is [BASE_URL, OUTPUT]; anything else: a usage line on stderr, exit 2.
   - The token comes from the environment variable INCIDENT_TOKEN; when it is
     missing or empty: a message on stderr, exit code 2.
   - It uses ONE requests.Session that sends "Authorization: Bearer <token>".
   - It writes the summary to OUTPUT as JSON and returns 0.
   - Any requests error (an error status, nothing listening...): a message on
     stderr, exit code 1, and no OUTPUT file at all.
"""
import json
import os
import sys

import requests


def fetch_incidents(session, base_url):
    incidents = []
    url = f"{base_url}/incidents?status=open"
    while url:
        response = session.get(url, timeout=10)
        response.raise_for_status()
        page = response.json()
        incidents.extend(page["incidents"])
        url = page["next"]
    return incidents


def summarize(incidents):
    by_severity = {}
    for incident in incidents:
        by_severity[incident["severity"]] = by_severity.get(incident["severity"], 0) + 1
    return {
        "total": len(incidents),
        "by_severity": by_severity,
        "services": sorted({incident["service"] for incident in incidents}),
    }


def main(argv=None, environ=None):
    argv = sys.argv[1:] if argv is None else argv
    environ = os.environ if environ is None else environ
    if len(argv) != 2:
        print("usage: quiz_networking.py BASE_URL OUTPUT", file=sys.stderr)
        return 2
    base_url, output = argv
    token = environ.get("INCIDENT_TOKEN")
    if not token:
        print("error: set INCIDENT_TOKEN to your API token", file=sys.stderr)
        return 2
    with requests.Session() as session:
        session.headers["Authorization"] = f"Bearer {token}"
        try:
            incidents = fetch_incidents(session, base_url)
        except requests.RequestException as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
    with open(output, "w", encoding="utf-8") as f:
        json.dump(summarize(incidents), f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())


# --- tests: read them, don't change them ---
# An incident API runs on 127.0.0.1 in a thread. It needs the token, and
# serves the open incidents in pages of 2. Under /broken, page 2 fails.
import inspect
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from requests.adapters import HTTPAdapter

TOKEN = "oncall-5d2e"
INCIDENTS = [
    {"id": 101, "service": "web", "severity": "major", "status": "open"},
    {"id": 102, "service": "db", "severity": "critical", "status": "open"},
    {"id": 103, "service": "web", "severity": "minor", "status": "resolved"},
    {"id": 104, "service": "api", "severity": "major", "status": "open"},
    {"id": 105, "service": "web", "severity": "major", "status": "open"},
    {"id": 106, "service": "cache", "severity": "minor", "status": "open"},
]
OPEN = [i for i in INCIDENTS if i["status"] == "open"]
SUMMARY = {"total": 5, "by_severity": {"major": 3, "critical": 1, "minor": 1},
           "services": ["api", "cache", "db", "web"]}


class IncidentHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def send_json(self, status, data):
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            return self.send_json(401, {"error": "missing or wrong token"})
        url = urlsplit(self.path)
        query = {name: values[0] for name, values in parse_qs(url.query).items()}
        prefix = "/broken" if url.path.startswith("/broken") else ""
        if url.path.removeprefix(prefix) != "/incidents":
            return self.send_json(404, {"error": "not found"})
        chosen = [i for i in INCIDENTS if i["status"] == query.get("status", i["status"])]
        page = int(query.get("page", "1"))
        if prefix and page == 2:
            return self.send_json(500, {"error": "database on fire"})
        more = page * 2 < len(chosen)
        base = f"http://127.0.0.1:{self.server.server_port}{prefix}"
        self.send_json(200, {
            "incidents": chosen[(page - 1) * 2:page * 2],
            "next": f"{base}/incidents?status={query['status']}&page={page + 1}"
            if more else None,
        })


@pytest.fixture
def api(monkeypatch):
    for name in ("no_proxy", "NO_PROXY"):  # never send these requests through a proxy
        monkeypatch.setenv(name, "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), IncidentHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def session():
    with requests.Session() as session:
        session.headers["Authorization"] = f"Bearer {TOKEN}"
        yield session


@pytest.fixture
def timeouts(monkeypatch):
    seen = []
    real_send = HTTPAdapter.send
    signature = inspect.signature(real_send)

    def spy(*args, **kwargs):
        seen.append(signature.bind(*args, **kwargs).arguments.get("timeout"))
        return real_send(*args, **kwargs)

    monkeypatch.setattr(HTTPAdapter, "send", spy)
    return seen


@pytest.fixture
def report(tmp_path):
    return tmp_path / "report.json"


def test_1_fetch_every_page(api, session):
    assert fetch_incidents(session, api) == OPEN


def test_1_every_request_has_a_timeout(api, session, timeouts):
    fetch_incidents(session, api)
    assert len(timeouts) == 3, f"3 pages, but {len(timeouts)} request(s)"
    assert None not in timeouts, "a request went out without a timeout"


def test_2_summarize():
    assert summarize(OPEN) == SUMMARY


def test_2_summarize_nothing():
    assert summarize([]) == {"total": 0, "by_severity": {}, "services": []}


def test_3_writes_the_report(api, report):
    assert main([api, str(report)], {"INCIDENT_TOKEN": TOKEN}) == 0
    assert json.loads(report.read_text()) == SUMMARY


def test_3_reads_the_real_environment_by_default(api, report, monkeypatch):
    monkeypatch.setenv("INCIDENT_TOKEN", TOKEN)
    assert main([api, str(report)]) == 0


def test_3_wrong_usage(capsys):
    assert main(["only-one-argument"], {"INCIDENT_TOKEN": TOKEN}) == 2
    assert capsys.readouterr().err.strip() != ""


@pytest.mark.parametrize("environ", [{}, {"INCIDENT_TOKEN": ""}])
def test_3_missing_token(api, report, capsys, environ):
    assert main([api, str(report)], environ) == 2
    assert capsys.readouterr().err.strip() != ""
    assert not report.exists()


def test_3_wrong_token_is_an_error(api, report, capsys):
    assert main([api, str(report)], {"INCIDENT_TOKEN": "guess"}) == 1
    assert capsys.readouterr().err.strip() != ""
    assert not report.exists()


def test_3_failing_page_writes_no_report(api, report, capsys):
    assert main([f"{api}/broken", str(report)], {"INCIDENT_TOKEN": TOKEN}) == 1
    assert capsys.readouterr().err.strip() != ""
    assert not report.exists(), "a report was written from part of the data"


def test_3_nothing_listening(report, capsys):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert main([f"http://127.0.0.1:{port}", str(report)], {"INCIDENT_TOKEN": TOKEN}) == 1
    assert capsys.readouterr().err.strip() != ""


def test_3_one_session(api, report, monkeypatch):
    made = []
    real_init = requests.Session.__init__

    def counting_init(self, *args, **kwargs):
        made.append(self)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(requests.Session, "__init__", counting_init)
    assert main([api, str(report)], {"INCIDENT_TOKEN": TOKEN}) == 0
    assert len(made) == 1, f"{len(made)} sessions for one report: use one"
