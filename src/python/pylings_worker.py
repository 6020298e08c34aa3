"""A warm worker for pylings' test checks: a Python that has already imported pytest (and the
third-party packages exercises ask for) and forks one child per check. The child sets itself
up exactly as a cold `python pylings_check.py` would — its own process group, working folder,
environment, standard streams, memory limit — runs pytest and exits. The worker itself never
imports the learner's code, so nothing one check does is seen by the next.

Protocol, on the Unix socket at fd 3: each request is one JSON line, sent with the file
descriptors it names (SCM_RIGHTS); each answer is one JSON line.
  {"op": "import", "modules": [...]}            -> {"ok": true, "missing": [...]}
  {"op": "check", "config": {...}, "cwd": ..., "env": {...}, "memory_mb": N,
   "fds": ["stdin"?, "stdout", "stderr", "report"]}
                                                  -> {"pid": P}, later {"status": S}
One check at a time. The worker is a child subreaper: whatever the check leaves running, even
outside its process group, comes back to the worker and is killed before the answer.
"""

import ctypes
import gc
import importlib
import importlib.util
import io
import json
import os
import resource
import signal
import socket
import sys

PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
MAX_FDS = 4

# Standard modules exercises and pytest's own plugins import, imported once here so that no
# check pays for them. Only the standard library: never a module of the learner's, and a check
# whose exercise has a module of the same name gets that one (see `fresh` below).
PRELOAD = """
    abc argparse array ast asyncio base64 bisect calendar cmd code codeop collections
    concurrent.futures configparser contextlib copy csv dataclasses datetime decimal difflib
    doctest email email.message enum faulthandler fnmatch fractions functools getpass glob
    gzip hashlib heapq hmac html http http.client http.server importlib.metadata inspect io
    ipaddress itertools json locale logging logging.handlers math multiprocessing operator
    pathlib pdb pickle platform pprint queue random re readline secrets selectors shlex
    shutil signal socket socketserver sqlite3 ssl statistics string struct subprocess
    tarfile tempfile textwrap threading time timeit tomllib traceback tracemalloc typing
    unittest unittest.mock urllib.parse urllib.request uuid venv weakref
    xml.etree.ElementTree zipfile zoneinfo _pytest._argcomplete
""".split()


def _prctl(option, value):
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(option, value, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the process group is all we have


def _children():
    """This process's children (Linux), or nothing where /proc can't tell."""
    pids = []
    try:
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/children") as f:
                pids.extend(int(p) for p in f.read().split())
    except OSError:
        pass
    return pids


def _kill_leftovers():
    """Kills and reaps everything still ours after a check: processes that left its group."""
    for _ in range(50):
        pids = _children()
        if not pids:
            break
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for pid in pids:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
    while True:  # zombies nobody listed
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            break


def _child(request, fds, sock):
    """In the fork: become the check's process, then run it. Never returns."""
    try:
        # The socket is fd 3, where the report channel goes: it must go first.
        sock.close()
        os.setpgid(0, 0)
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        memory = request.get("memory_mb")
        if memory:
            limit = int(memory) * 1024 * 1024
            try:
                resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
            except (ValueError, OSError):
                pass
        names = request["fds"]
        by_name = dict(zip(names, fds))
        stdin = by_name.get("stdin")
        if stdin is None:
            stdin = os.open(os.devnull, os.O_RDONLY)
        os.dup2(stdin, 0)
        os.dup2(by_name["stdout"], 1)
        os.dup2(by_name["stderr"], 2)
        report = by_name["report"]
        os.dup2(report, 3)
        for fd in fds:
            if fd > 3:
                os.close(fd)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        # The streams a cold `python` gets with PYTHONIOENCODING=utf-8 and PYTHONUNBUFFERED.
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
        sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8",
                                      line_buffering=True, write_through=True)
        sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8",
                                      errors="backslashreplace", line_buffering=True,
                                      write_through=True)
        # An exercise's own module shadows a preloaded one of the same name, as it would in a
        # fresh Python, where that module was never imported.
        for name in request.get("fresh", []):
            for loaded in [m for m in _PRELOADED if m == name or m.startswith(name + ".")]:
                sys.modules.pop(loaded, None)
        import pylings_check

        # The arguments a cold `python pylings_check.py` has, not the worker's own.
        sys.argv = [pylings_check.__file__]
        sys.orig_argv = [sys.orig_argv[0], pylings_check.__file__]
        # sys.path as a fresh Python has it once it imported what this check asks for, not
        # what the packages imported for other checks added (setuptools adds its vendored
        # packages, which changes what importlib.metadata finds).
        added = [p for name in request.get("requires", [])
                 for p in _PATH_ADDED.get(name.partition(".")[0], [])]
        sys.path[:] = _BASE_PATH + [p for p in dict.fromkeys(added) if p not in _BASE_PATH]
        config = dict(request["config"])
        config["report_fd"] = 3
        pylings_check.run(config)
    except BaseException as err:  # noqa: BLE001 - the child must never return into the loop
        try:
            os.write(2, f"pylings worker: {err!r}\n".encode())
        finally:
            os._exit(70)


def _note_path_added(name, added, new_modules):
    """Notes which package added each of `added` to sys.path while `name` was imported: the one
    whose folder holds it (setuptools adds its own `_vendor`, also when `build` imports it),
    or else every package the import brought in."""
    tops = {m.partition(".")[0] for m in new_modules} | {name.partition(".")[0]}
    folders = {}
    for top in tops:
        file = getattr(sys.modules.get(top), "__file__", None) or ""
        if os.path.basename(file).startswith("__init__."):
            folders[top] = os.path.dirname(file) + os.sep
    for path in added:
        owners = [top for top, folder in folders.items() if path.startswith(folder)] or tops
        for top in owners:
            known = _PATH_ADDED.setdefault(top, [])
            if path not in known:
                known.append(path)


def _serve(sock):
    buffer = b""
    pending_fds = []
    while True:
        while b"\n" not in buffer:
            data, fds, _flags, _addr = socket.recv_fds(sock, 65536, MAX_FDS)
            if not data:
                return
            buffer += data
            pending_fds.extend(fds)
        line, _, buffer = buffer.partition(b"\n")
        request = json.loads(line)
        op = request.get("op")
        if op == "import":
            missing = []
            for name in request.get("modules", []):
                if importlib.util.find_spec(name) is None:
                    missing.append(name)
                    continue
                before, loaded = list(sys.path), set(sys.modules)
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001 - a broken package is the check's to report
                    pass
                _note_path_added(name, [p for p in sys.path if p not in before],
                                 set(sys.modules) - loaded)
            gc.freeze()
            sock.sendall(json.dumps({"ok": True, "missing": missing}).encode() + b"\n")
        elif op == "check":
            fds, pending_fds = pending_fds, []
            _CURRENT["pid"] = pid = os.fork()
            if pid == 0:
                _child(request, fds, sock)
            try:
                os.setpgid(pid, pid)
            except OSError:
                pass  # the child did it first, or is gone already
            for fd in fds:
                os.close(fd)
            sock.sendall(json.dumps({"pid": pid}).encode() + b"\n")
            _, status = os.waitpid(pid, 0)
            _CURRENT["pid"] = None
            _kill_leftovers()
            sock.sendall(json.dumps({"status": status}).encode() + b"\n")
        elif op == "ping":
            sock.sendall(b'{"ok": true}\n')


# A throwaway test for `_warm_up`: a passing test, a failing comparison (the assertion diff and
# the traceback are what pytest builds lazily), an error, a fixture and a parametrized test.
_WARM_UP_TEST = """
import pytest

def helper(n):
    return {"n": n, "items": list(range(n))}

def test_passes(tmp_path, capsys, monkeypatch):
    print("out")
    assert helper(2)["n"] == 2

def test_fails():
    assert helper(3) == {"n": 3, "items": [0, 1]}

def test_text():
    assert "first line\\nsecond" == "first line\\nsecond line"

def test_raises():
    raise ValueError("warm")

@pytest.mark.parametrize("n", [1, 2])
def test_params(n):
    assert n
"""


def _warm_up(pytest, disabled):
    """Runs pytest once, before any fork, on a throwaway test: what pytest builds lazily on
    its first run (compiled patterns, inspect's map from files to modules, the source lines of
    its tracebacks) is then built once for all checks rather than once in each. What the run
    leaves that a fresh Python wouldn't have — its test module, paths, caches naming its
    folder — is taken away again."""
    import inspect
    import linecache
    import shutil
    import tempfile

    folder = os.path.realpath(tempfile.mkdtemp(prefix="pylings-warm-"))
    saved_path, saved_meta = list(sys.path), list(sys.meta_path)
    before = set(sys.modules)
    try:
        test = os.path.join(folder, "pylings_warm_up.py")
        with open(test, "w", encoding="utf-8") as f:
            f.write(_WARM_UP_TEST)
        ini = os.path.join(folder, "pytest.ini")
        with open(ini, "w", encoding="utf-8") as f:
            f.write("[pytest]\n")
        pytest.main(disabled + [
            "-q", "--no-header", "--tb=short", "-rN", "--color=no",
            "-o", "verbosity_assertions=2", "-c", ini, f"--rootdir={folder}",
            f"--confcutdir={folder}", f"--basetemp={os.path.join(folder, 'tmp')}", test,
        ])
    except BaseException:  # noqa: BLE001 - a warm-up that fails only costs the time it saves
        pass
    finally:
        sys.path[:], sys.meta_path[:] = saved_path, saved_meta
        sys.modules.pop("pylings_warm_up", None)
        for key in [k for k in sys.path_importer_cache if str(k).startswith(folder)]:
            del sys.path_importer_cache[key]
        for key in [k for k in linecache.cache if str(k).startswith(folder)]:
            del linecache.cache[key]
        for key in [k for k in inspect.modulesbyfile if str(k).startswith(folder)]:
            del inspect.modulesbyfile[key]
        inspect._filesbymodname.pop("pylings_warm_up", None)
        shutil.rmtree(folder, ignore_errors=True)
    return set(sys.modules) - before


_CURRENT = {"pid": None}
# sys.path before any package was imported for a check, and what importing each top-level
# package added to it.
_BASE_PATH = []
_PATH_ADDED = {}
# The modules imported only to save checks the time: a fresh Python wouldn't have them.
_PRELOADED = set()


def _on_term(_signum, _frame):
    """pylings is gone (the parent-death signal) or stops the worker: nothing may outlive it."""
    pid = _CURRENT["pid"]
    if pid:
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
    _kill_leftovers()
    os._exit(0)


def main():
    _prctl(PR_SET_CHILD_SUBREAPER, 1)
    # SIGTERM when pylings dies, however it dies: take the running check down with us.
    _prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    signal.signal(signal.SIGTERM, _on_term)
    # pylings stops its checks itself; a Ctrl-C in the terminal is not for the worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.getppid() == 1:
        os._exit(0)  # pylings died before the death signal was set
    sock = socket.socket(fileno=3)
    import pytest
    from _pytest.config import default_plugins, essential_plugins

    import pylings_check

    # The plugins a check loads, as a fresh Python would load them.
    for name in essential_plugins + default_plugins:
        if name in pylings_check.DISABLED_PLUGINS:
            continue
        try:
            importlib.import_module("_pytest." + name)
        except ImportError:
            pass  # a plugin this pytest doesn't have

    before = set(sys.modules)
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # not on this platform or this Python
    _PRELOADED.update(set(sys.modules) - before)
    _PRELOADED.update(_warm_up(pytest, pylings_check.disabled_plugin_args()))

    _BASE_PATH[:] = sys.path
    # What is imported now stays for every fork: keep the garbage collector off it (forks
    # copy less, and each collection walks only what the check made).
    gc.collect()
    gc.freeze()
    sock.sendall(b'{"ready": true}\n')
    _serve(sock)


if __name__ == "__main__":
    main()
