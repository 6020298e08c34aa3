import requests


def _pages(session, url):
    while url is not None:
        response = session.get(url, timeout=5)
        response.raise_for_status()
        yield response
        url = response.json()["next"] if isinstance(response.json(), dict) else (
            response.links["next"]["url"] if "next" in response.links else None)


def all_items(url):
    with requests.Session() as session:
        return [item for page in _pages(session, url) for item in page.json()["items"]]


def all_events(url):
    with requests.Session() as session:
        events = []
        for page in _pages(session, url):
            events += page.json()
        return events
