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
    # TODO: both secrets as SecretStr.
    db_password: str
    api_token: str


def database_url(settings: Settings) -> str:
    """The URL the database driver needs: this is where the password is really used."""
    # TODO: take the password out of its wrapper here.
    return f"postgresql://{settings.db_user}:{settings.db_password}@{settings.db_host}/backups"


# --- tests: read them, don't change them ---
import json
import logging

CONFIG = {"db_host": "db.corp", "db_user": "backup", "db_password": "Hunter2!x",
          "api_token": "tk_live_9a8b7c"}
SECRETS = ("Hunter2!x", "tk_live_9a8b7c")


def assert_hidden(text, where):
    for secret in SECRETS:
        assert secret not in text, f"a secret shows in {where}"


def test_the_repr_and_str_hide_the_secrets():
    settings = Settings(**CONFIG)
    assert_hidden(repr(settings), "repr(settings)")
    assert_hidden(str(settings), "str(settings)")


def test_a_log_message_hides_the_secrets(caplog):
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("backup").debug("starting with %s", Settings(**CONFIG))
        logging.getLogger("backup").debug("settings: %r", Settings(**CONFIG))
    assert_hidden(caplog.text, "the log")


def test_a_json_dump_hides_the_secrets():
    dumped = Settings(**CONFIG).model_dump_json()
    assert_hidden(dumped, "model_dump_json()")
    assert json.loads(dumped)["db_host"] == "db.corp"


def test_the_secrets_are_still_there_for_the_code_that_needs_them():
    settings = Settings(**CONFIG)
    assert database_url(settings) == "postgresql://backup:Hunter2!x@db.corp/backups"
    assert settings.api_token.get_secret_value() == "tk_live_9a8b7c"


def test_settings_from_the_environment_style_strings():
    settings = Settings.model_validate_json(json.dumps(CONFIG))
    assert_hidden(repr(settings), "repr(settings)")
