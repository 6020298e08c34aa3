"""Logging levels: predict which messages get through.

Every logger and every handler has a level, and a message below it is dropped.
`main` sets up logging with `basicConfig`, gives two loggers levels of their own
and logs nine messages. Read it and write in PREDICTION exactly what it prints,
one line per message that gets through, in order. Work it out first; the check
runs `main` and tells you the first line you got wrong.
"""

import logging
import sys

PREDICTION = """
INFO shop.db: connected
WARNING shop: low stock
ERROR shop.web: page failed
INFO shop.db.pool: pool ready
ERROR root: exit code 1
"""


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


# --- tests: read them, don't change them ---
import pytest

from coursekit import assert_literal, assert_prediction

THIS = sys.modules[__name__]


@pytest.fixture
def logging_put_back():
    """main() reconfigures the root logger: undo that after the test."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    names = ["shop", "shop.db", "shop.web", "shop.db.pool"]
    levels = {name: logging.getLogger(name).level for name in names}
    yield
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


def test_prediction_is_written_out():
    assert_literal(THIS, "PREDICTION")


def test_prediction_matches_what_main_prints(capsys, logging_put_back):
    assert_literal(THIS, "PREDICTION")
    main()
    assert_prediction(PREDICTION, capsys.readouterr().out)
