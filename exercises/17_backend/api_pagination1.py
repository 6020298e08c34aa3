"""REST API design: pagination.

A collection can hold thousands of items, so an API hands it out a page at a time. Here
`GET /devices?limit=L&offset=O` must answer `{"items": [...], "total": N, "next": ...}`: the
devices sorted by hostname (a stable order, or pages would overlap), at most `limit` of them
(1 to 100, default 20) starting at position `offset` (0 or more, default 0), the total count,
and the URL of the next page, or None on the last one. Out-of-range values are the client's
mistake: FastAPI answers 422 when `Query(...)` declares the bounds. `request.url` is the URL
of this request; `.include_query_params(offset=...)` gives the same URL with one parameter
changed.
"""
from fastapi import FastAPI, Query, Request

app = FastAPI()

DEVICES = [
    {"hostname": f"{kind}-{site}-{n:02}", "site": site}
    for n in (3, 1, 2, 9, 5)
    for site in ("fra", "ams", "lon")
    for kind in ("sw", "rtr")
]


@app.get("/devices")
def list_devices(
    request: Request,
    # TODO: declare the bounds with Query(...).
    limit: int = 20,
    offset: int = 0,
):
    # TODO: sort, take one page, and link to the next page (None on the last one).
    page = DEVICES[offset:limit]
    return {"items": page, "total": len(DEVICES), "next": str(request.url)}


# --- tests: read them, don't change them ---
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # some Starlette versions warn about their HTTP client
    from fastapi.testclient import TestClient

ALL = sorted(device["hostname"] for device in DEVICES)


@pytest.fixture
def client():
    return TestClient(app)


def hostnames(page):
    return [device["hostname"] for device in page["items"]]


def test_the_first_page_is_sorted(client):
    page = client.get("/devices", params={"limit": 4}).json()
    assert hostnames(page) == ALL[:4]
    assert page["total"] == 30


def test_the_default_page_size_is_20(client):
    assert hostnames(client.get("/devices").json()) == ALL[:20]


def test_offset_starts_later(client):
    page = client.get("/devices", params={"limit": 5, "offset": 7}).json()
    assert hostnames(page) == ALL[7:12]


def test_following_next_gives_every_device_once(client):
    seen, url, pages = [], "/devices?limit=7", 0
    while url is not None:
        page = client.get(url).json()
        seen.extend(hostnames(page))
        url = page["next"]
        pages += 1
        assert pages <= 10, "the next links never end"
    assert seen == ALL
    assert pages == 5


def test_the_last_page_has_no_next(client):
    page = client.get("/devices", params={"limit": 10, "offset": 20}).json()
    assert hostnames(page) == ALL[20:]
    assert page["next"] is None


def test_an_offset_past_the_end_is_an_empty_page(client):
    page = client.get("/devices", params={"offset": 500}).json()
    assert page == {"items": [], "total": 30, "next": None}


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"limit": -5},
                                    {"offset": -1}, {"limit": "ten"}])
def test_out_of_range_values_are_422(client, params):
    assert client.get("/devices", params=params).status_code == 422


def test_the_limits_themselves_are_fine(client):
    assert len(client.get("/devices", params={"limit": 1}).json()["items"]) == 1
    assert len(client.get("/devices", params={"limit": 100}).json()["items"]) == 30
