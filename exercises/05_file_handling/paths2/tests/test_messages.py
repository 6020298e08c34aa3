import pytest

from messages import render, template_names


@pytest.fixture(autouse=True)
def start_somewhere_else(tmp_path, monkeypatch):
    # Run every test from an unrelated folder, as a real program might be.
    monkeypatch.chdir(tmp_path)


def test_lists_txt_templates_sorted():
    assert template_names() == ["goodbye", "password_expiry", "welcome"]


def test_renders_a_template():
    assert render("welcome", name="Ada") == "Welcome aboard, Ada! Your account is ready.\n"


def test_renders_with_several_values():
    text = render("password_expiry", name="Lin", days=3)
    assert text == "Hi Lin, your password expires in 3 days.\n"
