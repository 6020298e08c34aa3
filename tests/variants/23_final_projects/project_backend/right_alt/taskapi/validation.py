class ValidationError(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


def _title(value):
    if isinstance(value, str) and 0 < len(value.strip()) <= 200:
        return value.strip()
    raise ValueError("title must be 1-200 characters")


def _priority(value):
    if type(value) is int and 1 <= value <= 5:
        return value
    raise ValueError("priority must be 1-5")


def _done(value):
    if value is True or value is False:
        return value
    raise ValueError("done must be a boolean")


CHECKS = {"title": _title, "priority": _priority, "done": _done}
DEFAULTS = {"priority": 3, "done": False}


def validate_task(payload, partial=False):
    if type(payload) is not dict:
        raise ValidationError({"body": "expected an object"})
    result = {} if partial else dict(DEFAULTS)
    errors = {}
    for key, value in payload.items():
        check = CHECKS.get(key)
        if check is None:
            errors[key] = "not allowed"
            continue
        try:
            result[key] = check(value)
        except ValueError as e:
            errors[key] = str(e)
    if not partial and "title" not in payload:
        errors["title"] = "missing"
    if errors:
        raise ValidationError(errors)
    return result
