"""Refactor: say each thing once.

`main(argv)` is the command line `svc start|stop|restart SERVICE [--dry-run]`.
It works - the behaviour tests below pass - but each of the three commands
repeats the same lines: check the service, complain on stderr and return 1
when it is unknown, print the dry-run line... Change the STRUCTURE, not the
behaviour: do each of these things in one place (before the commands part
ways, or in a function of your own), so that no block of two or more
statements appears twice. The check finds repeated blocks with `ast`.
"""
import argparse
import sys

SERVICES = {"nginx": "running", "postgres": "stopped", "redis": "running"}


def main(argv=None):
    parser = argparse.ArgumentParser(prog="svc")
    parser.add_argument("command", choices=["start", "stop", "restart"])
    parser.add_argument("service")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    if args.command == "start":
        if args.service not in SERVICES:
            print(f"svc: unknown service {args.service!r}", file=sys.stderr)
            return 1
        if args.dry_run:
            print(f"would start {args.service}")
            return 0
        SERVICES[args.service] = "running"
        print(f"{args.service}: running")
        return 0
    if args.command == "stop":
        if args.service not in SERVICES:
            print(f"svc: unknown service {args.service!r}", file=sys.stderr)
            return 1
        if args.dry_run:
            print(f"would stop {args.service}")
            return 0
        SERVICES[args.service] = "stopped"
        print(f"{args.service}: stopped")
        return 0
    if args.service not in SERVICES:
        print(f"svc: unknown service {args.service!r}", file=sys.stderr)
        return 1
    if args.dry_run:
        print(f"would restart {args.service}")
        return 0
    SERVICES[args.service] = "stopped"
    SERVICES[args.service] = "running"
    print(f"{args.service}: running")
    return 0


if __name__ == "__main__":
    sys.exit(main())


# --- tests: read them, don't change them ---
import sys

import pytest
from coursekit import duplicated_blocks, learner_source

THIS = sys.modules[__name__]


@pytest.fixture(autouse=True)
def fresh_services():
    saved = dict(SERVICES)
    yield
    SERVICES.clear()
    SERVICES.update(saved)


@pytest.mark.parametrize("command, service, state", [
    ("start", "postgres", "running"),
    ("stop", "nginx", "stopped"),
    ("restart", "redis", "running"),
    ("restart", "postgres", "running"),
])
def test_commands(capsys, command, service, state):
    assert main([command, service]) == 0
    assert capsys.readouterr().out == f"{service}: {state}\n"
    assert SERVICES[service] == state


@pytest.mark.parametrize("command", ["start", "stop", "restart"])
def test_dry_run_changes_nothing(capsys, command):
    assert main([command, "postgres", "--dry-run"]) == 0
    assert capsys.readouterr().out == f"would {command} postgres\n"
    assert SERVICES == {"nginx": "running", "postgres": "stopped", "redis": "running"}


@pytest.mark.parametrize("command", ["start", "stop", "restart"])
def test_unknown_service(capsys, command):
    assert main([command, "mysql"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "svc: unknown service 'mysql'\n"


def test_unknown_command_is_a_usage_error():
    with pytest.raises(SystemExit) as info:
        main(["reload", "nginx"])
    assert info.value.code == 2


def test_nothing_is_said_twice():
    pairs = sorted(tuple(sorted(pair)) for pair in duplicated_blocks(THIS))
    lines = learner_source(THIS).splitlines()
    if pairs:
        first, again = pairs[0]
        pytest.fail(f"{len(pairs)} repeated block(s). The first starts at line {first} "
                    f"({lines[first - 1].strip()!r}) and comes again at line {again}",
                    pytrace=False)
