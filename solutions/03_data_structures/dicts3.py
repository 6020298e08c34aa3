"""Dictionaries: group values under a key.

A web server log has been read into `(path, status)` tuples.
`group_by_status(requests)` must return a dict mapping each status code to the
list of paths that got it, in the order they appear in the log. Values of a
dict can be lists that grow as you go.
"""


def group_by_status(requests):
    groups = {}
    for path, status in requests:
        if status not in groups:
            groups[status] = []
        groups[status].append(path)
    return groups


# --- tests: read them, don't change them ---


def test_no_requests_give_no_groups():
    assert group_by_status([]) == {}


def test_one_request():
    assert group_by_status([("/", 200)]) == {200: ["/"]}


def test_paths_with_the_same_status_are_kept_together_in_order():
    log = [("/shop", 200), ("/old", 404), ("/about", 200), ("/missing", 404), ("/", 200)]
    assert group_by_status(log) == {
        200: ["/shop", "/about", "/"],
        404: ["/old", "/missing"],
    }


def test_a_path_seen_twice_is_listed_twice():
    log = [("/login", 401), ("/login", 401)]
    assert group_by_status(log) == {401: ["/login", "/login"]}
