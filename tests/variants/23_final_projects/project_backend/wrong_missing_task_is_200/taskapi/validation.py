"""Checking request bodies before anything reaches the database."""

FIELDS = {"title", "priority", "done"}


class ValidationError(Exception):
    """The request body is not acceptable; `errors` maps each bad field to a message."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(errors)
        self.errors = errors


def validate_task(payload, partial: bool = False) -> dict:
    """Check a body for creating a task (partial=False) or changing one (partial=True).

    - title: a string, 1-200 characters once surrounding spaces are stripped (it is stored
      stripped); required when creating
    - priority: a whole number 1-5 (true/false don't count); 3 when creating without one
    - done: true or false; false when creating without one
    - any other field is an error, and so is a body that isn't a JSON object

    Returns the cleaned fields. Every problem is reported at once, in ValidationError.errors.
    """
    if not isinstance(payload, dict):
        raise ValidationError({"body": "must be a JSON object"})
    errors = {}
    cleaned = {} if partial else {"priority": 3, "done": False}

    for field in sorted(set(payload) - FIELDS):
        errors[field] = "unknown field"

    if "title" in payload:
        title = payload["title"]
        if not isinstance(title, str) or not 1 <= len(title.strip()) <= 200:
            errors["title"] = "must be text of 1 to 200 characters"
        else:
            cleaned["title"] = title.strip()
    elif not partial:
        errors["title"] = "is required"

    if "priority" in payload:
        priority = payload["priority"]
        if isinstance(priority, bool) or not isinstance(priority, int) or not 1 <= priority <= 5:
            errors["priority"] = "must be a whole number from 1 to 5"
        else:
            cleaned["priority"] = priority

    if "done" in payload:
        if not isinstance(payload["done"], bool):
            errors["done"] = "must be true or false"
        else:
            cleaned["done"] = payload["done"]

    if errors:
        raise ValidationError(errors)
    return cleaned
