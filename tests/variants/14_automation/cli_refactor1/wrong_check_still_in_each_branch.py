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
        new_states = ["running"]
    elif args.command == "stop":
        if args.service not in SERVICES:
            print(f"svc: unknown service {args.service!r}", file=sys.stderr)
            return 1
        new_states = ["stopped"]
    else:
        if args.service not in SERVICES:
            print(f"svc: unknown service {args.service!r}", file=sys.stderr)
            return 1
        new_states = ["stopped", "running"]
    if args.dry_run:
        print(f"would {args.command} {args.service}")
        return 0
    for state in new_states:
        SERVICES[args.service] = state
    print(f"{args.service}: {SERVICES[args.service]}")
    return 0

if __name__ == "__main__":
    sys.exit(main())


