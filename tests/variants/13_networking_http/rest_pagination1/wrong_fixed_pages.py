import requests


def all_items(url):
    items = []
    for page in range(1, 3):
        data = requests.get(url, params={"page": page}, timeout=5).json()
        items.extend(data["items"])
    return items


def all_events(url):
    events = []
    while url:
        response = requests.get(url, timeout=5)
        events.extend(response.json())
        url = response.links.get("next", {}).get("url")
    return events
