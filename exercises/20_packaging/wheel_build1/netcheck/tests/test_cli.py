from netcheck.cli import main


def test_no_targets_is_ok():
    assert main([]) == 0
