import pytest

from logsweep.config import ConfigError, load_config


def test_defaults_fill_in_missing_settings(write_config, tmp_path):
    config = load_config(write_config(f'directory = "{(tmp_path / "logs").as_posix()}"\n'))
    assert (config.pattern, config.max_age_days, config.keep) == ("*.log", 14, 3)
    assert config.rotate_over_bytes == 1_000_000


def test_relative_directory_is_relative_to_the_config_file(write_config, tmp_path):
    config = load_config(write_config('directory = "../logs"\nkeep = 5\n'))
    assert config.directory == (tmp_path / "logs").resolve()
    assert config.keep == 5


def test_unknown_setting_is_an_error(write_config):
    with pytest.raises(ConfigError):
        load_config(write_config('directory = "logs"\nmax_age = 3\n'))


def test_directory_is_required(write_config):
    with pytest.raises(ConfigError):
        load_config(write_config("keep = 2\n"))


@pytest.mark.parametrize("value", ["-1", "true", '"7"', "2.5"])
def test_numbers_must_be_whole_and_not_negative(write_config, value):
    with pytest.raises(ConfigError):
        load_config(write_config(f'directory = "logs"\nmax_age_days = {value}\n'))


def test_broken_toml_is_a_config_error(write_config):
    with pytest.raises(ConfigError):
        load_config(write_config('directory = "logs\n'))
