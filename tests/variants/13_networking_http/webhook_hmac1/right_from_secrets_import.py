import hashlib
import hmac
import json
from secrets import compare_digest

PREFIX = "sha256="


def verify(secret: bytes, body: bytes, header: str | None) -> bool:
    if header is None or not header.startswith(PREFIX):
        return False
    mac = hmac.new(secret, digestmod=hashlib.sha256)
    mac.update(body)
    return compare_digest(mac.hexdigest().encode(), header[len(PREFIX):].encode())


def handle(secret, body, headers):
    if verify(secret, body, headers.get("X-Signature-256")):
        return 200, json.loads(body)
    return 401, None
