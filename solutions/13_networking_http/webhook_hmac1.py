"""Check that a webhook really comes from the service that signs it.

A CI service POSTs JSON events to your webhook URL and signs each one: the
header "X-Signature-256: sha256=<hex>" holds the HMAC-SHA256 of the request
body, keyed with a secret that only you and the service know.
`verify(secret, body, header)` returns True only when `header` holds the right
signature for exactly these `body` bytes. Two rules:
- Sign the raw body, byte for byte as it arrived. Parsing the JSON and
  encoding it again gives other bytes (spaces, key order), so valid events fail.
- Compare with hmac.compare_digest, never with `==`: `==` may stop at the
  first character that differs, and how long it takes tells an attacker how
  much of a forged signature is already right.
`handle(secret, body, headers)` answers (401, None) to a badly signed event
and (200, event) otherwise.
"""
import hashlib
import hmac
import json


def verify(secret, body, header):
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(header.removeprefix("sha256="), expected)


def handle(secret, body, headers):
    if not verify(secret, body, headers.get("X-Signature-256")):
        return 401, None
    return 200, json.loads(body)


# --- tests: read them, don't change them ---
# The events are signed here the way the CI service signs them.
import hashlib
import hmac
import secrets
import sys

import pytest

SECRET = b"whsec_2c1f0a9d"
BODY = b'{"ref":"refs/heads/main","after":"9f2c1e7","pusher":{"name":"ada"}}'


def sign(body, secret=SECRET):
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


@pytest.fixture
def compare_calls(monkeypatch):
    """Records every call of hmac.compare_digest, however it was imported."""
    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    monkeypatch.setattr(secrets, "compare_digest", spy)
    module = sys.modules[__name__]
    if getattr(module, "compare_digest", None) is real:
        monkeypatch.setattr(module, "compare_digest", spy)
    return calls


def test_a_correctly_signed_event_is_accepted():
    assert verify(SECRET, BODY, sign(BODY)) is True, "a correctly signed event was refused"


def test_the_signature_covers_the_raw_bytes():
    body = b'{\n  "ref": "refs/heads/main",\n  "after": "9f2c1e7"\n}\n'
    assert verify(SECRET, body, sign(body)) is True, "sign the body exactly as it arrived"


def test_a_changed_body_is_refused():
    forged = BODY.replace(b"ada", b"eve")
    assert verify(SECRET, forged, sign(BODY)) is False


def test_another_secret_is_refused():
    assert verify(SECRET, BODY, sign(BODY, secret=b"guessed")) is False


@pytest.mark.parametrize("header", [None, "", "sha1=abc", sign(BODY).removeprefix("sha256=")])
def test_missing_or_malformed_header_is_refused(header):
    assert verify(SECRET, BODY, header) is False


def test_compares_with_compare_digest(compare_calls):
    for header in (sign(BODY), sign(BODY, secret=b"guessed")):
        before = len(compare_calls)
        verify(SECRET, BODY, header)
        assert len(compare_calls) > before, "compare the signatures with hmac.compare_digest"


def test_handle():
    assert handle(SECRET, BODY, {"X-Signature-256": sign(BODY)}) == (
        200, {"ref": "refs/heads/main", "after": "9f2c1e7", "pusher": {"name": "ada"}})
    assert handle(SECRET, BODY, {"X-Signature-256": sign(b"{}")}) == (401, None)
    assert handle(SECRET, BODY, {}) == (401, None)
