"""Step 1: hostcheck/targets.py reads and checks the targets file."""
import pytest


@pytest.fixture
def targets(need):
    need("hostcheck", 1)
    return need("hostcheck.targets", 1)


GOOD = """
[[target]]
name = "web1"
host = "web1.example.com"
port = 443

[[target]]
name = "api"
url = "https://api.example.com/health"

[[target]]
name = "db1"
host = "10.0.2.20"
port = 5432
"""


def write(tmp_path, text):
    path = tmp_path / "targets.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_targets_in_file_order(tmp_path, targets):
    module = targets
    loaded = module.load_targets(write(tmp_path, GOOD))
    assert [t.name for t in loaded] == ["web1", "api", "db1"]
    web1, api, db1 = loaded
    assert (web1.host, web1.port, web1.url) == ("web1.example.com", 443, None)
    assert (api.host, api.port, api.url) == (None, None, "https://api.example.com/health")
    assert (db1.host, db1.port) == ("10.0.2.20", 5432)


def test_target_fields_in_order(targets):
    module = targets
    target = module.Target("web1", "web1.example.com", 443, None)
    assert (target.name, target.host, target.port, target.url) == (
        "web1", "web1.example.com", 443, None)


BAD = {
    "not TOML": "[[target]\nname = 'x'",
    "no targets": "title = 'nothing here'\n",
    "a target without a name": '[[target]]\nhost = "a"\nport = 22\n',
    "two targets with one name": GOOD + '[[target]]\nname = "api"\nhost = "b"\nport = 22\n',
    "an unknown key": '[[target]]\nname = "a"\nhost = "a"\nport = 22\nproto = "tcp"\n',
    "neither host nor url": '[[target]]\nname = "a"\n',
    "a host without a port": '[[target]]\nname = "a"\nhost = "a"\n',
    "host and url": '[[target]]\nname = "a"\nhost = "a"\nport = 22\nurl = "http://a/"\n',
    "port 0": '[[target]]\nname = "a"\nhost = "a"\nport = 0\n',
    "port 70000": '[[target]]\nname = "a"\nhost = "a"\nport = 70000\n',
    "a port as text": '[[target]]\nname = "a"\nhost = "a"\nport = "443"\n',
    "a port that is true": '[[target]]\nname = "a"\nhost = "a"\nport = true\n',
}


@pytest.mark.parametrize("problem", BAD)
def test_bad_files_raise_target_error(tmp_path, problem, targets):
    module = targets
    with pytest.raises(module.TargetError):
        module.load_targets(write(tmp_path, BAD[problem]))


def test_a_missing_file_raises_target_error(tmp_path, targets):
    module = targets
    with pytest.raises(module.TargetError):
        module.load_targets(tmp_path / "nope.toml")


def test_the_message_names_the_target(tmp_path, targets):
    module = targets
    with pytest.raises(module.TargetError) as duplicate:
        module.load_targets(write(tmp_path, BAD["two targets with one name"]))
    assert "api" in str(duplicate.value)
    nameless = GOOD + '[[target]]\nhost = "b"\nport = 22\n'
    with pytest.raises(module.TargetError) as unnamed:
        module.load_targets(write(tmp_path, nameless))
    assert "4" in str(unnamed.value), "a target without a name is named by its number"
