"""Logging levels: predict which messages get through.

Every logger and every handler has a level, and a message below it is dropped.
`main` sets up logging with `basicConfig`, gives two loggers levels of their own
and logs nine messages. Read it and write in PREDICTION exactly what it prints,
one line per message that gets through, in order. Work it out first; the check
runs `main` and tells you the first line you got wrong.
"""

import logging
import sys

PREDICTION = (
    'INFO shop.db: connected\n'
    'WARNING shop: low stock\n'
    'ERROR shop.web: page failed\n'
    'INFO shop.db.pool: pool ready\n'
    'ERROR root: exit code 1'
)


def main():
    console = logging.StreamHandler(sys.stdout)
    console.setLevel(logging.INFO)
    logging.basicConfig(level=logging.WARNING, handlers=[console],
                        format="%(levelname)s %(name)s: %(message)s", force=True)
    logging.getLogger("shop.db").setLevel(logging.DEBUG)
    logging.getLogger("shop.web").setLevel(logging.ERROR)

    shop = logging.getLogger("shop")
    db = logging.getLogger("shop.db")
    web = logging.getLogger("shop.web")
    pool = logging.getLogger("shop.db.pool")

    shop.info("starting")
    db.debug("query took 3 ms")
    db.info("connected")
    web.warning("slow request")
    shop.warning("low stock")
    web.error("page failed")
    pool.info("pool ready")
    logging.info("shutting down")
    logging.error("exit code 1")


if __name__ == "__main__":
    main()
