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
    limit: int = 20,
    offset: int = 0,
):
    devices = sorted(DEVICES, key=lambda device: device["hostname"])
    page = devices[offset:offset + limit]
    next_url = None
    if offset + limit < len(devices):
        next_url = str(request.url.include_query_params(offset=offset + limit))
    return {"items": page, "total": len(devices), "next": next_url}


