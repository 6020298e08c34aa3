import json
import os
import sys
from collections import Counter
from pathlib import Path

import requests

TIMEOUT = (3.05, 20)


def fetch_incidents(session, base_url):
    found = []
    next_url = base_url + "/incidents"
    params = {"status": "open"}
    while next_url is not None:
        response = session.get(next_url, params=params, timeout=TIMEOUT)
        response.raise_for_status()
        data = response.json()
        found += data["incidents"]
        next_url, params = data.get("next"), None
    return found


def summarize(incidents):
    return {
        "total": len(incidents),
        "by_severity": dict(Counter(i["severity"] for i in incidents)),
        "services": sorted(set(i["service"] for i in incidents)),
    }


def fail(message, code):
    sys.stderr.write(message + "\n")
    return code


def main(argv=None, environ=None):
    args = sys.argv[1:] if argv is None else list(argv)
    env = os.environ if environ is None else environ
    if len(args) != 2:
        return fail("usage: incident_report BASE_URL OUTPUT", 2)
    token = env.get("INCIDENT_TOKEN", "").strip()
    if token == "":
        return fail("INCIDENT_TOKEN is not set", 2)
    session = requests.Session()
    session.headers.update({"Authorization": "Bearer " + token})
    try:
        summary = summarize(fetch_incidents(session, args[0]))
    except requests.RequestException as err:
        return fail(f"incident API: {err}", 1)
    finally:
        session.close()
    Path(args[1]).write_text(json.dumps(summary), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
