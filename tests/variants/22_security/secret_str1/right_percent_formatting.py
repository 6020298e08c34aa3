"""Handling secrets: keep them out of reprs, logs and dumps.

`Settings` holds the configuration of a backup job, its database password and API token
among it. Error reports, debug logs and `print(settings)` show an object's repr, and a
config dump writes `model_dump()`: as written, all of them show both secrets in clear text.
pydantic's `SecretStr` wraps a string so that its repr and str are `'**********'` and
`model_dump()` keeps it wrapped; the code that really needs the value asks for it with
`.get_secret_value()`. Make both secrets SecretStr, and fix `database_url` accordingly.
"""
from pydantic import BaseModel, SecretStr


class Settings(BaseModel):
    db_host: str
    db_user: str
    db_password: SecretStr
    api_token: SecretStr


def database_url(settings: Settings) -> str:
    """The URL the database driver needs: this is where the password is really used."""
    user, host = settings.db_user, settings.db_host
    return "postgresql://%s:%s@%s/backups" % (user, settings.db_password.get_secret_value(), host)


