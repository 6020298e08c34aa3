"""Give a child process a modified environment without touching your own.

`child_env(overrides, remove=())` returns a NEW dict: this process's
environment, plus `overrides` (values converted to str), minus the names in
`remove`. `run_child(code, overrides, remove=())` runs `python -c code` with
that environment and returns its stripped stdout. Neither may change
os.environ or the `overrides` dict passed in.
"""
import os
import subprocess
import sys


def child_env(overrides, remove=()):
    env = os.environ.copy()
    for name, value in overrides.items():
        env[name] = str(value)
    for name in remove:
        env.pop(name, None)
    return env


def run_child(code, overrides, remove=()):
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=child_env(overrides, remove),
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    return result.stdout.strip()


# --- tests: read them, don't change them ---
import os


def show(name, overrides, remove=()):
    """What the child sees in its environment under `name`."""
    code = f"import os; print(os.environ.get({name!r}, 'MISSING'))"
    return run_child(code, overrides, remove)


def test_child_sees_an_override():
    assert show("PYLINGS_MODE", {"PYLINGS_MODE": "test"}) == "test"


def test_child_inherits_the_parent_environment(monkeypatch):
    monkeypatch.setenv("PYLINGS_REGION", "eu-west")
    assert show("PYLINGS_REGION", {"PYLINGS_MODE": "test"}) == "eu-west"


def test_numbers_are_passed_as_strings():
    code = "import os; print(int(os.environ['PYLINGS_WORKERS']) * 2)"
    assert run_child(code, {"PYLINGS_WORKERS": 4}) == "8"


def test_removed_variable_is_gone_in_the_child(monkeypatch):
    monkeypatch.setenv("PYLINGS_SECRET", "s3cret")
    assert show("PYLINGS_SECRET", {}, remove=["PYLINGS_SECRET"]) == "MISSING"


def test_parent_environment_is_unchanged(monkeypatch):
    monkeypatch.setenv("PYLINGS_SECRET", "s3cret")
    monkeypatch.delenv("PYLINGS_MODE", raising=False)
    run_child("pass", {"PYLINGS_MODE": "test"}, remove=["PYLINGS_SECRET"])
    assert os.environ.get("PYLINGS_SECRET") == "s3cret"
    assert "PYLINGS_MODE" not in os.environ


def test_child_env_returns_a_new_dict(monkeypatch):
    monkeypatch.setenv("PYLINGS_REGION", "eu-west")
    overrides = {"PYLINGS_MODE": "test", "PYLINGS_WORKERS": 4}
    env = child_env(overrides, remove=["PYLINGS_REGION"])
    assert env["PYLINGS_MODE"] == "test"
    assert env["PYLINGS_WORKERS"] == "4"
    assert "PYLINGS_REGION" not in env
    assert env is not os.environ
    assert os.environ["PYLINGS_REGION"] == "eu-west"
    assert overrides == {"PYLINGS_MODE": "test", "PYLINGS_WORKERS": 4}, "overrides was changed"
