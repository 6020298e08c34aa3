"""Write a context manager as a generator, with contextlib.contextmanager.

A class with __enter__ and __exit__ (context_managers1) is one way to make a context manager;
a generator function decorated with @contextmanager is a shorter one. The code before `yield`
runs when the with block starts, the value yielded is what `as` gets, and the code after
`yield` runs when the block ends. When the block raises, the exception is raised inside the
generator, at the yield: the code after the yield is skipped unless try/finally protects it.

`override(settings, **changes)` changes some keys of a settings dict for the length of a with
block and yields the settings:
    with override(settings, dry_run=True, retries=0) as s:
        ...
When the block ends, on every way out, also when it raises, every key is as it was before:
the changed keys have their old values again and the keys that didn't exist are removed. An
exception raised in the block still reaches the caller.
"""
from contextlib import contextmanager


@contextmanager
def override(settings, **changes):
    saved = {key: settings[key] for key in changes if key in settings}
    added = [key for key in changes if key not in settings]
    settings.update(changes)
    try:
        yield settings
    finally:
        for key in added:
            del settings[key]
        settings.update(saved)


# --- tests: read them, don't change them ---
import pytest


def test_values_are_changed_inside_the_block():
    settings = {"dry_run": False, "retries": 3, "region": "eu-west-1"}
    with override(settings, dry_run=True, retries=0) as s:
        assert s is settings
        assert settings == {"dry_run": True, "retries": 0, "region": "eu-west-1"}


def test_values_come_back_after_the_block():
    settings = {"dry_run": False, "retries": 3, "region": "eu-west-1"}
    with override(settings, dry_run=True, retries=0):
        pass
    assert settings == {"dry_run": False, "retries": 3, "region": "eu-west-1"}


def test_new_keys_are_removed_after_the_block():
    settings = {"retries": 3}
    with override(settings, verbose=True, retries=1):
        assert settings == {"retries": 1, "verbose": True}
    assert settings == {"retries": 3}


def test_exception_in_the_block_still_raises():
    settings = {"retries": 3}
    with pytest.raises(ConnectionError):
        with override(settings, retries=0):
            raise ConnectionError("api.example.com unreachable")


def test_values_come_back_after_an_exception():
    settings = {"dry_run": False, "retries": 3}
    with pytest.raises(KeyError):
        with override(settings, dry_run=True, timeout=5):
            settings["missing"]
    assert settings == {"dry_run": False, "retries": 3}


def test_nested_overrides():
    settings = {"retries": 3}
    with override(settings, retries=1):
        with pytest.raises(ValueError):
            with override(settings, retries=0):
                raise ValueError("inner job failed")
        assert settings == {"retries": 1}
    assert settings == {"retries": 3}
