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
    salt = b""  # TODO: a new random salt of 16 bytes for every call
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return f"pbkdf2_sha256${ITERATIONS}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """True when `password` matches a string made by hash_password."""
    _algorithm, iterations, salt_hex, hash_hex = stored.split("$")
    # TODO: hash with the salt and iteration count from `stored`,
    # and compare with hmac.compare_digest instead of ==.
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), b"", ITERATIONS)
    return digest.hex() == hash_hex


# --- tests: read them, don't change them ---
import hashlib
import hmac
import secrets
import sys


def test_right_password_verifies():
    stored = hash_password("correct horse")
    assert verify_password("correct horse", stored)


def test_wrong_password_is_rejected():
    stored = hash_password("correct horse")
    assert not verify_password("correct hors", stored)


def test_same_password_gets_a_new_salt_each_time():
    assert hash_password("admin") != hash_password("admin")


def test_salt_has_at_least_16_bytes():
    _algorithm, _iterations, salt_hex, _hash_hex = hash_password("admin").split("$")
    assert len(bytes.fromhex(salt_hex)) >= 16


def test_password_is_not_in_the_stored_string():
    assert "hunter2" not in hash_password("hunter2")


def test_verify_uses_the_stored_salt_and_iterations():
    salt = bytes(range(16))
    digest = hashlib.pbkdf2_hmac("sha256", b"s3cret", salt, 1000)
    stored = f"pbkdf2_sha256$1000${salt.hex()}${digest.hex()}"
    assert verify_password("s3cret", stored)
    assert not verify_password("s3cret!", stored)


def test_verify_compares_in_constant_time(monkeypatch):
    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    monkeypatch.setattr(secrets, "compare_digest", spy)
    # `from hmac import compare_digest` is just as good: watch that name too.
    this_module = sys.modules[__name__]
    if getattr(this_module, "compare_digest", None) is real:
        monkeypatch.setattr(this_module, "compare_digest", spy)
    stored = hash_password("pa55")
    assert verify_password("pa55", stored)
    assert len(calls) == 1
