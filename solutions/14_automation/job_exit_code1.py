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
            logger.exception("backup of %s failed", host)
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


# --- tests: read them, don't change them ---
import logging

import pytest

HOSTS = ["web1", "old-db", "web2", "old-mail", "cache1"]


def backup_or_fail(host):
    if host.startswith("old-"):
        raise ConnectionError(f"{host}: no route to host")


def test_every_host_is_tried():
    tried = []

    def backup_one(host):
        tried.append(host)
        backup_or_fail(host)

    backup_all(HOSTS, backup_one)
    assert tried == HOSTS


def test_returns_the_hosts_that_failed():
    assert backup_all(HOSTS, backup_or_fail) == ["old-db", "old-mail"]


def test_failures_are_logged_with_their_traceback(caplog):
    caplog.set_level(logging.INFO, logger="nightly_backup")
    backup_all(HOSTS, backup_or_fail)
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 2, f"{len(errors)} ERROR records for 2 failed hosts"
    for record, host in zip(errors, ["old-db", "old-mail"]):
        assert host in record.getMessage(), "name the host in the error message"
        assert record.exc_info, "log the error with its traceback (logger.exception)"


def test_only_successes_are_logged_as_done(caplog):
    caplog.set_level(logging.INFO, logger="nightly_backup")
    backup_all(HOSTS, backup_or_fail)
    infos = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(infos) == 3, f"{len(infos)} INFO records for 3 hosts that worked"
    assert not [m for m in infos if "old-" in m], "a failed host was logged as backed up"


def test_exit_code_0_when_all_worked():
    assert main(["web1", "web2"]) == 0


@pytest.mark.parametrize("hosts", [["old-db"], ["web1", "old-db", "web2"], HOSTS])
def test_exit_code_1_when_any_failed(hosts):
    assert main(hosts) == 1
