from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from cronjobs.cron import CronExpr
from cronjobs.nextrun import next_run


@dataclass
class Job:
    name: str
    schedule: CronExpr
    func: Callable
    retries: int = 0


@dataclass
class Run:
    job: str
    scheduled: datetime
    attempts: int
    ok: bool
    error: str = ""


class Scheduler:
    def __init__(self, clock):
        self.clock = clock
        self.jobs = {}
        self.next_at = {}
        self.history = []

    def add(self, job):
        if job.name in self.jobs:
            raise ValueError(job.name)
        self.jobs[job.name] = job
        self.next_at[job.name] = next_run(job.schedule, self.clock())

    def _attempt(self, job):
        last_error = ""
        for attempt in range(1, job.retries + 2):
            try:
                job.func()
                return attempt, True, ""
            except Exception as exc:
                last_error = "%s: %s" % (exc.__class__.__name__, exc)
        return job.retries + 1, False, last_error

    def run_pending(self):
        now = self.clock()
        due = sorted(name for name, when in self.next_at.items() if when <= now)
        done = []
        for name in due:
            attempts, ok, error = self._attempt(self.jobs[name])
            done.append(Run(name, self.next_at[name], attempts, ok, error))
            self.next_at[name] = next_run(self.jobs[name].schedule, now)
        self.history += done
        return done
