import requests


def all_items(url):
    items = []
    while url:
        data = requests.get(url, timeout=5).json()
        items.extend(data["items"])
        url = data["next"]
    return items


def all_events(url):
    events = []
    while url:
        response = requests.get(url, timeout=5)
        events.extend(response.json())
        url = requests.get(url, timeout=5).links.get("next", {}).get("url")
    return events
