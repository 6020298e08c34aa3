"""A nightly job: keep going after a failure, log it, and report it in the exit code.

`backup_all(hosts, backup_one)` calls backup_one(host) for every host. One
host that fails (backup_one raises) must not stop the others. Each failure is
logged with logger.exception - an ERROR record that names the host and carries
the traceback - and each success with logger.info. It returns the list of
hosts that failed.
`main(argv)` backs up the hosts named in argv with `backup_host` and returns
the exit code: 0 when every host worked, 1 when any failed. cron, systemd and
CI look only at that code: a job that fails with exit code 0 fails in silence.
"""
import logging
import sys

logger = logging.getLogger("nightly_backup")


def backup_host(host):
    """Stands in for the real work (rsync, a database dump...)."""
    if host.startswith("old-"):
        raise ConnectionError(f"{host}: no route to host")


def backup_all(hosts, backup_one):
    failed = []
    for host in hosts:
        try:
            backup_one(host)
        except Exception:
            logger.error("backup of %s failed", host)
            failed.append(host)
            continue
        logger.info("backed up %s", host)
    return failed


def main(argv=None):
    hosts = sys.argv[1:] if argv is None else argv
    failed = backup_all(hosts, backup_host)
    return 1 if failed else 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    sys.exit(main())


