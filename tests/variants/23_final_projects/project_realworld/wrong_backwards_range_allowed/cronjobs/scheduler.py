"""Running jobs when their schedule says so, with retries and a history of every run."""

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from cronjobs.cron import CronExpr
from cronjobs.nextrun import next_run


@dataclass
class Job:
    name: str
    schedule: CronExpr
    func: Callable[[], object]
    retries: int = 0  # extra attempts after a failure


@dataclass
class Run:
    job: str
    scheduled: datetime
    attempts: int
    ok: bool
    error: str = ""


class Scheduler:
    """Call run_pending() regularly (say, every few seconds); the clock is injected."""

    def __init__(self, clock: Callable[[], datetime]):
        self.clock = clock
        self.jobs: dict[str, Job] = {}
        self.next_at: dict[str, datetime] = {}
        self.history: list[Run] = []

    def add(self, job: Job) -> None:
        if job.name in self.jobs:
            raise ValueError(f"a job called {job.name!r} exists already")
        self.jobs[job.name] = job
        self.next_at[job.name] = next_run(job.schedule, self.clock())

    def run_pending(self) -> list[Run]:
        """Run every job that is due, in name order; return this call's runs.

        A failing job is tried again up to job.retries more times; its exception never
        escapes. A job that missed several times (the machine slept) runs once, and its next
        run is computed from now, not from the missed time.
        """
        now = self.clock()
        runs = []
        for name in sorted(self.jobs):
            if self.next_at[name] > now:
                continue
            job = self.jobs[name]
            run = Run(name, self.next_at[name], attempts=0, ok=False)
            while run.attempts <= job.retries:
                run.attempts += 1
                try:
                    job.func()
                except Exception as error:
                    run.error = f"{type(error).__name__}: {error}"
                else:
                    run.ok, run.error = True, ""
                    break
            runs.append(run)
            self.next_at[name] = next_run(job.schedule, now)
        self.history.extend(runs)
        return runs
