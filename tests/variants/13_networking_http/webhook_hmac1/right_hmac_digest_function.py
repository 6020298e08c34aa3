import hmac
import json


def verify(secret, body, header):
    scheme, _, signature = (header or "").partition("=")
    if scheme != "sha256" or not signature:
        return False
    expected = hmac.digest(secret, body, "sha256").hex()
    return hmac.compare_digest(expected, signature)


def handle(secret, body, headers):
    if not verify(secret, body, headers.get("X-Signature-256")):
        return 401, None
    return 200, json.loads(body)
