import hashlib
import runpy
import sys
from pathlib import Path

import pytest
from coursekit import assert_literal, assert_prediction

import prediction

HERE = Path(__file__).parent.parent
FINGERPRINTS = {
    "app.py": "2db3da341656fb8f",
    "shop/__init__.py": "1704d9b64980a700",
    "shop/cart.py": "13992315bdb63afa",
    "shop/prices.py": "bd5396c80cb77a8e",
}


def fingerprint(path):
    text = path.read_text(encoding="utf-8")
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]


def run_app():
    for name in [name for name in sys.modules if name == "shop" or name.startswith("shop.")]:
        del sys.modules[name]
    runpy.run_path(str(HERE / "app.py"), run_name="__main__")


def test_the_program_is_unchanged():
    changed = [name for name, digest in FINGERPRINTS.items()
               if fingerprint(HERE / name) != digest]
    assert not changed, (
        f"put these files back as they were (only prediction.py is yours): {changed}"
    )


def test_prediction_is_written_out():
    assert_literal(prediction, "PREDICTION")


def test_prediction_matches_the_output(capsys):
    run_app()
    assert_prediction(prediction.PREDICTION, capsys.readouterr().out)
