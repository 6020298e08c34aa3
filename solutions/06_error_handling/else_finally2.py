"""Put things back in a finally block, whatever happens.

`run_in_maintenance(status, job)` runs a deployment job while the web site shows its
maintenance page: it sets status["maintenance"] to True, calls job(), and returns what job()
returns. Afterwards status["maintenance"] must hold the value it had before (a site that was
already in maintenance stays in it) on every way out, also when job() raises. The exception
itself is not handled here: it must still reach the caller, who decides what to do about a
failed deployment.
"""


def run_in_maintenance(status, job):
    previous = status["maintenance"]
    status["maintenance"] = True
    try:
        return job()
    finally:
        status["maintenance"] = previous


# --- tests: read them, don't change them ---
import pytest


def test_returns_the_result_and_switches_back():
    status = {"maintenance": False}
    assert run_in_maintenance(status, lambda: "v2.4 deployed") == "v2.4 deployed"
    assert status == {"maintenance": False}


def test_job_runs_in_maintenance_mode():
    status = {"maintenance": False}
    seen = []
    run_in_maintenance(status, lambda: seen.append(status["maintenance"]))
    assert seen == [True]


def test_any_failed_job_raises_and_switches_back():
    def broken_job():
        raise RuntimeError("migration failed")

    status = {"maintenance": False}
    with pytest.raises(RuntimeError):
        run_in_maintenance(status, broken_job)
    assert status == {"maintenance": False}


def test_failed_job_switches_back():
    def broken_job():
        raise ValueError("bad release number")

    status = {"maintenance": False}
    with pytest.raises(ValueError):
        run_in_maintenance(status, broken_job)
    assert status == {"maintenance": False}


def test_site_already_in_maintenance_stays_in_it():
    def broken_job():
        raise OSError("disk full")

    status = {"maintenance": True}
    assert run_in_maintenance(status, lambda: 42) == 42
    assert status == {"maintenance": True}
    with pytest.raises(OSError):
        run_in_maintenance(status, broken_job)
    assert status == {"maintenance": True}
