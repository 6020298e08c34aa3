import logging
import sys

logger = logging.getLogger("nightly_backup")


def backup_host(host):
    if host.startswith("old-"):
        raise ConnectionError(f"{host}: no route to host")


def backup_all(hosts, backup_one):
    failed = []
    for host in hosts:
        try:
            backup_one(host)
        except Exception as err:
            logger.error("%s: backup failed: %s", host, err, exc_info=True)
            failed.append(host)
        else:
            logger.info("%s: backup done", host)
    return failed


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    return int(bool(backup_all(argv, backup_host)))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
