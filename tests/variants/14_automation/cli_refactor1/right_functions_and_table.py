import argparse
import sys

SERVICES = {"nginx": "running", "postgres": "stopped", "redis": "running"}

STEPS = {"start": ["running"], "stop": ["stopped"], "restart": ["stopped", "running"]}


def fail(message):
    print(f"svc: {message}", file=sys.stderr)
    return 1


def apply(command, service):
    for state in STEPS[command]:
        SERVICES[service] = state
    return SERVICES[service]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="svc")
    parser.add_argument("command", choices=sorted(STEPS))
    parser.add_argument("service")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    if args.service not in SERVICES:
        return fail(f"unknown service {args.service!r}")
    if args.dry_run:
        print(f"would {args.command} {args.service}")
    else:
        print(f"{args.service}: {apply(args.command, args.service)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
