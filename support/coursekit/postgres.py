"""A real PostgreSQL server for the tests of the database chapter, from the `pgserver` package.

A test module imports the fixture and asks for it by name:

    from coursekit.postgres import postgres_url

    def test_something(postgres_url):
        with psycopg.connect(postgres_url) as conn:
            ...

- One server per test session (per pytest run), started when the first test asks for it and
  stopped when the session ends. Its files live in a folder of shared memory (`/dev/shm`, on
  Linux) or of the system temp folder, which is deleted with it. The server listens on a Unix socket only, never on the network. If the
  test run is killed (a timeout), a small watchdog process stops the server and removes the
  folder; the next session also sweeps away anything a killed run left behind.
- `postgres_url` is a fresh, empty schema for each test (the only one on its search path), so
  tests never see each other's tables. It is a `postgresql://` URL that `psycopg.connect()`
  takes as it is.
- `postgres_unreachable_url` is the URL of a server that isn't there: connecting fails at once
  with `psycopg.OperationalError`.

The first start on a machine prepares a template cluster (`initdb`, a few seconds) and keeps it
in the temp folder; every later session copies it, which takes a fraction of a second.
"""

import contextlib
import hashlib
import itertools
import os
import shutil
import signal
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pytest

__all__ = ["postgres_server", "postgres_url", "postgres_unreachable_url", "PostgresSession"]

PREFIX = "coursekit-postgres-"
# Settings for a throwaway test server: nothing has to survive a crash, so nothing is flushed
# to disk, and it stays small.
SETTINGS = """
# --- coursekit: a throwaway server for tests ---
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 16MB
max_connections = 40
log_min_messages = warning
"""


def _import_pgserver():
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset; pgserver works without it.
        warnings.simplefilter("ignore")
        import pgserver
        from pgserver import postgres_server
    return pgserver, postgres_server


def _pid_alive(pid: int) -> bool:
    """Is the process running? A zombie (exited, not yet reaped by its parent) is not."""
    import psutil  # a dependency of pgserver

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
    except psutil.Error:
        return True


def _postmaster_pid(data: Path) -> int | None:
    try:
        return int((data / "postmaster.pid").read_text().split("\n", 1)[0])
    except (OSError, ValueError):
        return None


def _wait_until_ready(data: Path, timeout: float = 10.0) -> None:
    """Waits until the server started on `data` accepts connections ("ready" in postmaster.pid)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            lines = (data / "postmaster.pid").read_text().splitlines()
        except OSError:
            lines = []
        if len(lines) >= 8 and lines[7].strip() == "ready":
            return
        time.sleep(0.005)
    log = data.parent / "data" / "log"
    raise RuntimeError(f"the PostgreSQL server did not start within {timeout:.0f} s"
                       + (f": {log.read_text()[-500:]}" if log.exists() else ""))


def _kill_postmaster(data: Path, wait: float = 5.0) -> None:
    """Immediate shutdown (SIGQUIT) of the server running on `data`, if any; waits for it."""
    pid = _postmaster_pid(data)
    if pid is None or not _pid_alive(pid):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGQUIT)
    deadline = time.monotonic() + wait
    while _pid_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.005)
    if _pid_alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def _sweep_leftovers(temp: Path) -> None:
    """Stop and remove the servers of sessions that died without cleaning up (a killed run)."""
    for folder in temp.glob(PREFIX + "session-*"):
        try:
            owner = int((folder / "owner.pid").read_text())
        except (OSError, ValueError):
            continue
        if _pid_alive(owner):
            continue
        with contextlib.suppress(Exception):
            _kill_postmaster(folder / "data")
            shutil.rmtree(folder, ignore_errors=True)
    for folder in temp.glob(PREFIX + "build-*"):
        # A template build that was interrupted; a running one takes seconds, not minutes.
        with contextlib.suppress(OSError):
            if time.time() - folder.stat().st_mtime > 600:
                _kill_postmaster(folder / "data")
                shutil.rmtree(folder, ignore_errors=True)


def _session_parent(temp: Path) -> Path:
    """Where a session's copy of the cluster goes: shared memory where Linux has it (copying
    its thousand files there is several times faster than onto a disk), `temp` elsewhere."""
    shm = Path("/dev/shm")
    if sys.platform.startswith("linux") and shm.is_dir() and os.access(shm, os.W_OK | os.X_OK):
        return shm
    return temp


def _template(temp: Path) -> Path:
    """A stopped, initialised cluster to copy from; built once and kept in the temp folder."""
    pgserver, postgres_server = _import_pgserver()
    from importlib import metadata

    binaries = str(Path(pgserver.__file__).resolve().parent)
    version = metadata.version("pgserver")
    key = hashlib.sha256(f"{binaries}|{version}|{os.geteuid()}".encode()).hexdigest()[:12]
    template = temp / f"{PREFIX}template-{key}"
    if (template / "PG_VERSION").exists():
        return template
    build = Path(tempfile.mkdtemp(prefix=f"{PREFIX}build-", dir=temp))
    build.chmod(0o755)
    data = build / "data"
    data.mkdir()
    real_initdb = postgres_server.initdb

    def fast_initdb(args, **kwargs):
        # No fsync during initdb: a test cluster is thrown away anyway, and it is 3x faster.
        return real_initdb([*args, "--no-sync"], **kwargs)

    postgres_server.initdb = fast_initdb
    try:
        server = postgres_server.PostgresServer(data, cleanup_mode=None)
    except BaseException:
        _kill_postmaster(data)
        shutil.rmtree(build, ignore_errors=True)
        raise
    finally:
        postgres_server.initdb = real_initdb
    _kill_postmaster(data)
    with contextlib.suppress(ValueError):
        postgres_server.atexit.unregister(server._cleanup)
    postgres_server.PostgresServer._instances.pop(data, None)
    for leftover in ("postmaster.pid", ".handle_pids.json", "log"):
        with contextlib.suppress(FileNotFoundError):
            (data / leftover).unlink()
    with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write(SETTINGS)
    try:
        data.rename(template)
    except OSError:
        pass  # another session built it at the same time: use theirs
    shutil.rmtree(build, ignore_errors=True)
    return template


def _copy_cluster(template: Path, data: Path) -> None:
    shutil.copytree(template, data, symlinks=True)
    if os.name == "posix" and os.geteuid() == 0:
        # Running as root, pgserver runs the server as another user, who must own its files.
        info = template.stat()
        for root, dirs, files in os.walk(data):
            os.chown(root, info.st_uid, info.st_gid)
            for name in files:
                os.chown(os.path.join(root, name), info.st_uid, info.st_gid)


# Runs detached from the test run (its own session, so a timeout that stops the test run's
# process group doesn't stop it): when the test run is gone, it stops the server and removes
# its folder. After a normal end there is nothing left for it to do.
WATCHDOG = """
import shutil, signal, sys, time
import psutil

owner, postmaster, folder = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]

def alive(pid):
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False

while alive(owner) and alive(postmaster):
    time.sleep(0.2)
if alive(postmaster):
    try:
        psutil.Process(postmaster).send_signal(signal.SIGQUIT)
    except psutil.Error:
        pass
    deadline = time.monotonic() + 5
    while alive(postmaster) and time.monotonic() < deadline:
        time.sleep(0.05)
    if alive(postmaster):
        try:
            psutil.Process(postmaster).kill()
        except psutil.Error:
            pass
shutil.rmtree(folder, ignore_errors=True)
"""


def _start_watchdog(folder: Path, data: Path) -> None:
    import subprocess
    import sys

    postmaster = _postmaster_pid(data)
    if postmaster is None:
        return
    subprocess.Popen(
        [sys.executable, "-c", WATCHDOG, str(os.getpid()), str(postmaster), str(folder)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


class PostgresSession:
    """One running server; `new_schema()` gives the URL of a fresh, empty schema."""

    def __init__(self) -> None:
        temp = Path(tempfile.gettempdir())
        parent = _session_parent(temp)
        for folder in {temp, parent}:
            _sweep_leftovers(folder)
        template = _template(temp)
        self.folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}session-", dir=parent))
        self.folder.chmod(0o755)
        (self.folder / "owner.pid").write_text(str(os.getpid()))
        self.data = self.folder / "data"
        _copy_cluster(template, self.data)
        _, postgres_server = _import_pgserver()
        real_pg_ctl = postgres_server.pg_ctl

        def pg_ctl_ready_sooner(args, **kwargs):
            # `pg_ctl -w start` looks whether the server is up every 100 ms; look every 5 ms.
            if "-w" not in args or "start" not in args:
                return real_pg_ctl(args, **kwargs)
            output = real_pg_ctl(["-W" if arg == "-w" else arg for arg in args], **kwargs)
            _wait_until_ready(self.data)
            return output

        postgres_server.pg_ctl = pg_ctl_ready_sooner
        try:
            self._server = postgres_server.PostgresServer(self.data, cleanup_mode=None)
        finally:
            postgres_server.pg_ctl = real_pg_ctl
        # We stop the server ourselves (stop()); pgserver's own exit handler has nothing to do.
        with contextlib.suppress(ValueError):
            postgres_server.atexit.unregister(self._server._cleanup)
        postgres_server.PostgresServer._instances.pop(self.data, None)
        _start_watchdog(self.folder, self.data)
        self._counter = itertools.count(1)

    def url(self, database: str = "postgres") -> str:
        return self._server.get_uri(database)

    def new_schema(self) -> str:
        """The URL of a fresh, empty schema: the only schema on the connection's search path,
        so the tables a test creates are its own. Much faster than a database per test."""
        import psycopg

        name = f"test_{next(self._counter)}"
        with psycopg.connect(self.url(), autocommit=True) as admin:
            admin.execute(f"CREATE SCHEMA {name}")
        return f"{self.url()}&options=-csearch_path%3D{name}"

    def stop(self) -> None:
        _kill_postmaster(self.data)
        shutil.rmtree(self.folder, ignore_errors=True)


_SESSION_KEY = pytest.StashKey[PostgresSession]()


def _session_server(request) -> PostgresSession:
    session = request.session
    server = session.stash.get(_SESSION_KEY, None)
    if server is None:
        server = PostgresSession()
        session.stash[_SESSION_KEY] = server
        session.addfinalizer(server.stop)
    return server


@pytest.fixture(scope="session")
def postgres_server(request) -> PostgresSession:
    """The session's PostgreSQL server (started on first use, stopped when the session ends)."""
    return _session_server(request)


@pytest.fixture
def postgres_url(request) -> str:
    """The URL of a fresh, empty place on the session's PostgreSQL server for one test."""
    return _session_server(request).new_schema()


@pytest.fixture
def postgres_unreachable_url(tmp_path) -> str:
    """The URL of a PostgreSQL server that isn't running: connecting fails at once."""
    return f"postgresql://postgres@/postgres?host={tmp_path}&connect_timeout=1"
