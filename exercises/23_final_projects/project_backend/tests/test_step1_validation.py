import pytest

from taskapi.validation import ValidationError, validate_task


def test_a_new_task_gets_defaults_and_a_stripped_title():
    assert validate_task({"title": "  Patch web1  "}) == {
        "title": "Patch web1", "priority": 3, "done": False
    }


def test_an_update_keeps_only_the_given_fields():
    assert validate_task({"done": True}, partial=True) == {"done": True}


def test_title_is_required_when_creating():
    with pytest.raises(ValidationError) as info:
        validate_task({"priority": 2})
    assert set(info.value.errors) == {"title"}


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"title": "   "}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"title": 42}, "title"),
        ({"title": "ok", "priority": 0}, "priority"),
        ({"title": "ok", "priority": True}, "priority"),
        ({"title": "ok", "priority": "2"}, "priority"),
        ({"title": "ok", "done": "yes"}, "done"),
        ({"title": "ok", "owner": "bob"}, "owner"),
    ],
)
def test_bad_fields_are_named(payload, field):
    with pytest.raises(ValidationError) as info:
        validate_task(payload)
    assert set(info.value.errors) == {field}


def test_every_problem_is_reported_at_once():
    with pytest.raises(ValidationError) as info:
        validate_task({"title": "", "priority": 9, "colour": "red"})
    assert set(info.value.errors) == {"title", "priority", "colour"}


def test_a_body_that_is_not_an_object_is_rejected():
    with pytest.raises(ValidationError):
        validate_task(["title", "oops"])
