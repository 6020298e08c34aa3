"""
Text (a str) comes with methods: functions you call on the text, after a dot.
  "  Hi  ".strip()             "Hi"      spaces (and newlines) off both ends
  "Hi".lower(), "Hi".upper()   "hi", "HI"
  "a b c".replace(" ", "-")    "a-b-c"   every " " becomes "-"
  "web01".startswith("web")    True      and .endswith() for the end
  "42".isdigit()               True      only digits in it?
  "a,b".split(",")             the pieces between the commas: "a" and "b"
  "-".join(pieces)             the pieces glued together with "-" between

A text never changes. A method gives back a NEW text and leaves the old one
as it was, so `name.strip()` on a line of its own works out the stripped
text and throws it away. Keep the result (`name = name.strip()`), or call
the next method on it: `name.strip().lower()`.

Fix the two functions:
- clean_hostname(raw) turns a name typed by a person into a hostname: no
  spaces around it, lower case, and each space inside it replaced by "-":
  "  Web Server 01 " gives "web-server-01". It calls the right methods but
  keeps none of their results.
- is_test_host(hostname) is True when a (clean) hostname STARTS with "test-";
  now it is also True for names that only contain "test-" further on.
"""


def clean_hostname(raw):
    """Return raw as a hostname: stripped, lower case, spaces turned into "-"."""
    raw = raw.strip()
    raw.lower()
    raw = raw.replace(" ", "-")
    return raw


def is_test_host(hostname):
    """Return True when hostname starts with "test-"."""
    return hostname.startswith("test-")
