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
        response = requests.get(url, headers=session.headers, timeout=10)
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


