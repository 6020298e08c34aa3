"""Authentication basics: storing passwords.

Never store a password, store a slow, salted hash of it. `hash_password` must use a fresh
random salt (16 bytes or more) every time and keep the iteration count and salt inside the
stored string. `verify_password` must re-hash with *that* salt and count, and compare the
results with `hmac.compare_digest`, which takes the same time whatever the input.
"""
import hashlib
import hmac
import os

# Real systems use far more (OWASP suggests 600_000 for PBKDF2-SHA256); this keeps tests fast.
ITERATIONS = 20_000


def hash_password(password: str) -> str:
    """Return "pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>"."""
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return f"pbkdf2_sha256${ITERATIONS}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """True when `password` matches a string made by hash_password."""
    _algorithm, iterations, salt_hex, hash_hex = stored.split("$")
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), b"", int(iterations))
    return hmac.compare_digest(digest, bytes.fromhex(hash_hex))


