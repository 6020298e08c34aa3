import hashlib
import hmac
import os

ITERATIONS = 20_000
SALT = os.urandom(16)  # one salt for every password


def hash_password(password):
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, ITERATIONS)
    return f"pbkdf2_sha256${ITERATIONS}${SALT.hex()}${digest.hex()}"


def verify_password(password, stored):
    _algorithm, iterations, salt_hex, hash_hex = stored.split("$")
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(digest, bytes.fromhex(hash_hex))
