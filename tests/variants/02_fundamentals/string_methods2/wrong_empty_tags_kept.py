"""
split() cuts a text into pieces, and join() glues pieces together:
  "a, b,c".split(",")         "a", " b", "c"   cut at each comma; spaces stay
  "one   two ".split()        "one", "two"     no argument: cut at every run
                                               of spaces, and none at the ends
  "+".join(["a", "b", "c"])   "a+b+c"          the text before .join goes
                                               between the pieces
  "-".join("x y".split())     "x-y"            a split's pieces can be joined
A for loop goes over the pieces of a split one by one.

Fix the two functions:
- slug(title) makes a web address part from a title: lower case, words
  joined with "-": "  Monthly   Sales Report " gives "monthly-sales-report".
  Now several spaces in a row give several dashes, and spaces at the ends
  give dashes too.
- hashtags(text) turns tags typed with commas between them into hashtags:
  "Python, automation ,CLOUD" gives "#python #automation #cloud". Each tag
  is stripped and lower-cased, empty pieces are skipped ("python,,cloud,"
  holds two tags), and the hashtags are separated by one space, with none
  at the ends.
"""


def slug(title):
    """Return the title in lower case, its words joined with "-"."""
    return "-".join(title.lower().split())


def hashtags(text):
    """Return the comma-separated tags of text as "#tag" words, one space apart."""
    result = ""
    for piece in text.split(","):
        tag = piece.strip().lower()
        result = result + "#" + tag + " "
    return result.strip()
