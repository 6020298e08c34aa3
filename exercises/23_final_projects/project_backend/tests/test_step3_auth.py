import pytest

from taskapi.auth import is_valid_token, parse_bearer


class NoEquals(str):
    """A str that refuses ==, which leaks through timing how much of a token is right."""

    def __eq__(self, other):
        raise AssertionError("token compared with ==")

    __ne__ = __eq__
    __hash__ = str.__hash__


@pytest.mark.parametrize(
    "header, token",
    [("Bearer abc123", "abc123"), ("bearer abc123", "abc123"), ("  Bearer   abc123 ", "abc123")],
)
def test_bearer_token_is_read_from_the_header(header, token):
    assert parse_bearer(header) == token


@pytest.mark.parametrize("header", [None, "", "Bearer", "Bearer   ", "Basic dXNlcjpwdw=="])
def test_anything_else_has_no_token(header):
    assert parse_bearer(header) is None


def test_only_configured_tokens_are_valid():
    assert is_valid_token("t2", ["t1", "t2"])
    assert not is_valid_token("t3", ["t1", "t2"])
    assert not is_valid_token(None, ["t1"])
    assert not is_valid_token("", ["", "t1"])


def test_tokens_are_compared_in_constant_time():
    assert is_valid_token(NoEquals("t2"), [NoEquals("t1"), NoEquals("t2")])
