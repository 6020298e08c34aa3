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
    # TODO (step 1): a body that is not a dict (a JSON list, a string, null) is an error
    errors = {}
    cleaned = {} if partial else {"priority": 3, "done": False}

    # TODO (step 1): every field not in FIELDS is an error of its own

    if "title" in payload:
        # TODO (step 1): check the type and the length, and store the title stripped
        cleaned["title"] = payload["title"]
    elif not partial:
        errors["title"] = "is required"

    # TODO (step 1): check priority (1-5, an int but not a bool) and done (a bool)
    for field in ("priority", "done"):
        if field in payload:
            cleaned[field] = payload[field]

    if errors:
        raise ValidationError(errors)
    return cleaned
