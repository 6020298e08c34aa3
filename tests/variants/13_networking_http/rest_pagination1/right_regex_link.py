import re

import requests


def all_items(url):
    items = []
    while True:
        page = requests.get(url, timeout=5).json()
        items += page["items"]
        if page["next"] is None:
            return items
        url = page["next"]


def all_events(url):
    events = []
    while True:
        response = requests.get(url, timeout=5)
        events += response.json()
        match = re.search(r'<([^>]+)>;\s*rel="next"', response.headers.get("Link", ""))
        if not match:
            return events
        url = match.group(1)
