import pytest

from cronjobs.cron import CronExpr
from cronjobs.scheduler import Job, Scheduler


class Flaky:
    """Fails the first `failures` calls, then succeeds; counts the calls."""

    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def __call__(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError("backend unreachable")


def job(name, schedule="*/5 * * * *", func=lambda: None, retries=0):
    return Job(name, CronExpr.parse(schedule), func, retries)


def test_nothing_runs_before_it_is_due(clock):
    scheduler = Scheduler(clock)
    scheduler.add(job("report"))
    clock.advance(seconds=20)  # 08:59:50
    assert scheduler.run_pending() == []


def test_due_jobs_run_in_name_order(clock):
    scheduler = Scheduler(clock)
    scheduler.add(job("b-backup"))
    scheduler.add(job("a-cleanup"))
    clock.advance(minutes=1)  # 09:00:30
    runs = scheduler.run_pending()
    assert [(r.job, r.scheduled.strftime("%H:%M"), r.ok) for r in runs] == [
        ("a-cleanup", "09:00", True), ("b-backup", "09:00", True)
    ]
    assert scheduler.run_pending() == []


def test_duplicate_job_names_are_refused(clock):
    scheduler = Scheduler(clock)
    scheduler.add(job("backup"))
    with pytest.raises(ValueError):
        scheduler.add(job("backup"))


def test_a_failing_job_is_recorded_not_raised(clock):
    scheduler = Scheduler(clock)
    scheduler.add(job("sync", func=Flaky(failures=10)))
    clock.advance(minutes=1)
    [run] = scheduler.run_pending()
    assert (run.ok, run.attempts) == (False, 1)
    assert "backend unreachable" in run.error


def test_retries_until_success(clock):
    flaky = Flaky(failures=2)
    scheduler = Scheduler(clock)
    scheduler.add(job("sync", func=flaky, retries=3))
    clock.advance(minutes=1)
    [run] = scheduler.run_pending()
    assert (run.ok, run.attempts, flaky.calls) == (True, 3, 3)


def test_retries_are_limited(clock):
    flaky = Flaky(failures=10)
    scheduler = Scheduler(clock)
    scheduler.add(job("sync", func=flaky, retries=2))
    clock.advance(minutes=1)
    [run] = scheduler.run_pending()
    assert (run.ok, run.attempts, flaky.calls) == (False, 3, 3)


def test_missed_runs_are_not_caught_up(clock):
    calls = []
    scheduler = Scheduler(clock)
    scheduler.add(job("ping", func=lambda: calls.append(1)))
    clock.advance(hours=2)  # the laptop slept: 24 runs were missed
    scheduler.run_pending()
    scheduler.run_pending()
    assert len(calls) == 1
    assert scheduler.next_at["ping"] > clock.now
