"""CI/CD scripting: a coverage gate with exit codes.

A CI step fails when its process exits with a non-zero code. `main` reads a Cobertura
coverage.xml (what `coverage xml` and pytest-cov write; the root's `line-rate` is a fraction,
0.8123 = 81.23 %), prints the result and returns 0 when coverage reaches `--min` percent,
1 when it is below, and 2 with a message on stderr when the report is missing. Running the
file as a script must exit with that code.
"""
import argparse
import sys
import xml.etree.ElementTree as ET


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fail when line coverage is too low.")
    parser.add_argument("report", help="path to coverage.xml")
    parser.add_argument("--min", type=float, default=80.0, help="minimum percent")
    args = parser.parse_args(argv)

    try:
        root = ET.parse(args.report).getroot()
    except FileNotFoundError:
        print(f"error: no coverage report at {args.report}", file=sys.stderr)
        return 2
    percent = float(root.get("line-rate")) * 100
    ok = percent >= args.min
    print(f"coverage {percent:.1f}% (minimum {args.min:.1f}%): {'ok' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())


# --- tests: read them, don't change them ---
import subprocess

import pytest

COVERAGE_XML = """<?xml version="1.0" ?>
<coverage version="7.4.4" timestamp="1709287502000" lines-valid="{valid}" lines-covered="{covered}"
    line-rate="{rate}" branches-covered="0" branches-valid="0" branch-rate="0" complexity="0">
  <packages />
</coverage>
"""


@pytest.fixture
def report(tmp_path):
    def report(covered, valid):
        path = tmp_path / "coverage.xml"
        rate = round(covered / valid, 4)
        path.write_text(COVERAGE_XML.format(valid=valid, covered=covered, rate=rate))
        return str(path)
    return report


def test_enough_coverage_passes(report, capsys):
    assert main([report(850, 1000), "--min", "80"]) == 0
    assert "85.0%" in capsys.readouterr().out


def test_low_coverage_fails(report, capsys):
    assert main([report(612, 1000), "--min", "80"]) == 1
    assert "61.2%" in capsys.readouterr().out


def test_exactly_the_minimum_passes(report):
    assert main([report(90, 100), "--min", "90"]) == 0


def test_missing_report_exits_2(tmp_path, capsys):
    assert main([str(tmp_path / "nope.xml")]) == 2
    captured = capsys.readouterr()
    assert captured.err != ""
    assert captured.out == ""


def test_the_script_exit_code(report):
    result = subprocess.run(
        [sys.executable, __file__, report(700, 1000), "--min", "75"],
        capture_output=True, text=True, timeout=10,
    )
    assert result.returncode == 1
    assert "70.0%" in result.stdout
