"""Check that a webhook really comes from the service that signs it.

A CI service POSTs JSON events to your webhook URL and signs each one: the
header "X-Signature-256: sha256=<hex>" holds the HMAC-SHA256 of the request
body, keyed with a secret that only you and the service know.
`verify(secret, body, header)` returns True only when `header` holds the right
signature for exactly these `body` bytes. Two rules:
- Sign the raw body, byte for byte as it arrived. Parsing the JSON and
  encoding it again gives other bytes (spaces, key order), so valid events fail.
- Compare with hmac.compare_digest, never with `==`: `==` stops at the first
  character that differs, and how long it takes tells an attacker how much of
  a forged signature is already right.
`handle(secret, body, headers)` answers (401, None) to a badly signed event
and (200, event) otherwise.
"""
import hashlib
import hmac
import json


def verify(secret, body, header):
    if not header:
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(header.removeprefix("sha256="), expected)


def handle(secret, body, headers):
    if not verify(secret, body, headers.get("X-Signature-256")):
        return 401, None
    return 200, json.loads(body)


