import hashlib
import hmac
import secrets

ITERATIONS = 20_000


def _derive(password, salt, iterations):
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations).hex()


def hash_password(password):
    salt = secrets.token_bytes(32)
    return "$".join(["pbkdf2_sha256", str(ITERATIONS), salt.hex(), _derive(password, salt, ITERATIONS)])


def verify_password(password, stored):
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != "pbkdf2_sha256":
        return False
    candidate = _derive(password, bytes.fromhex(parts[2]), int(parts[1]))
    return secrets.compare_digest(candidate, parts[3])
