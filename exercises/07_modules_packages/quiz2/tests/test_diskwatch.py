import json

import pytest

import diskwatch
from diskwatch import UsageError, find_alerts, load_usage, write_report


def write_csv(tmp_path, text):
    path = tmp_path / "usage.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_package_exports_its_api():
    assert sorted(diskwatch.__all__) == ["UsageError", "find_alerts", "load_usage", "write_report"]


def test_loads_the_shipped_file():
    rows = load_usage()
    assert len(rows) == 6
    assert rows[0] == {"host": "web01", "mount": "/", "used_gb": 18.5, "size_gb": 20.0, "percent": 92.5}


def test_alerts_fullest_first_threshold_included():
    assert find_alerts(load_usage()) == ["backup01:/srv", "db01:/data", "web01:/", "mail01:/"]


def test_alerts_with_another_threshold():
    assert find_alerts(load_usage(), threshold=94) == ["backup01:/srv", "db01:/data"]


def test_no_alerts():
    assert find_alerts([], threshold=50) == []


def test_bad_number_raises_usage_error_with_line(tmp_path):
    path = write_csv(tmp_path, "host,mount,used_gb,size_gb\nweb01,/,10,20\nweb02,/,lots,20\n")
    with pytest.raises(UsageError) as excinfo:
        load_usage(path)
    assert excinfo.value.line == 3
    assert isinstance(excinfo.value.__cause__, ValueError)


def test_zero_size_raises_usage_error(tmp_path):
    path = write_csv(tmp_path, "host,mount,used_gb,size_gb\nweb01,/,0,0\n")
    with pytest.raises(UsageError) as excinfo:
        load_usage(path)
    assert excinfo.value.line == 2


def test_missing_value_raises_usage_error(tmp_path):
    path = write_csv(tmp_path, "host,mount,used_gb,size_gb\nweb01,/,1,2\nweb01,/var,5\n")
    with pytest.raises(UsageError) as excinfo:
        load_usage(path)
    assert excinfo.value.line == 3


def test_usage_error_is_an_exception():
    assert issubclass(UsageError, Exception)


def test_report_is_saved_as_json(tmp_path):
    out = tmp_path / "alerts.json"
    write_report(out, load_usage(), threshold=95)
    assert json.loads(out.read_text(encoding="utf-8")) == {
        "checked": 6,
        "threshold": 95,
        "alerts": ["backup01:/srv"],
    }
