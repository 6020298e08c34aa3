"""Traceback analysis: read a chain of exceptions.

When an exception is raised inside an `except` block, Python keeps the first one
and prints both tracebacks, joined by one of two sentences:
"The above exception was the direct cause of the following exception:" when the
code says `raise ... from error`, and "During handling of the above exception,
another exception occurred:" when it doesn't. The first traceback printed is the
one of the first exception: that is where the trouble started.

Read `read_port` and `load_port`, then answer the questions under them by writing
the values. Work them out first; the check calls `load_port` and compares.
"""

import json


class ConfigError(Exception):
    """The settings can't be used."""


def read_port(text):
    settings = json.loads(text)
    return int(settings["port"])


def load_port(text):
    try:
        return read_port(text)
    except KeyError as error:
        raise ConfigError("the port is missing") from error
    except ValueError:
        raise ConfigError("the port is not a number")


# 1. load_port('{}') fails. On which line of this file was the FIRST exception of
#    its chain raised? (A line number, such as 12.)
MISSING_PORT_FIRST_LINE = 23

# 2. Which sentence joins its two tracebacks: "direct cause" or "during handling"?
MISSING_PORT_LINK = "Direct cause"

# 3. And for load_port('{"port": "eighty"}')?
NOT_A_NUMBER_LINK = "during handling"

# 4. load_port('{"port": 80') gets JSON that is cut short. What is the type (the
#    class name) of the FIRST exception of its chain?
BROKEN_JSON_FIRST_ERROR = " json.JSONDecodeError "

# 5. And what is the message of the exception that reaches the caller?
BROKEN_JSON_MESSAGE = "the port is not a number"
