'''
In the interactive interpreter (the REPL: type `python3` alone, or `py` on
Windows) each line runs as soon as you press Enter, and when the line is an
expression, the REPL shows its value at once, written the way you would
write it in code: text keeps its quotes. The REPL also keeps the last value
it showed in the variable _ (one underscore), handy to go on from a result.
print() shows its text without quotes; it gives back no value, so it leaves
_ as it was. (len(text) is the number of characters in a text.)

A script shows nothing by itself: only what it print()s. (And _ is an
ordinary name there, with no value unless you give it one.)

Predict, without running anything:
- in REPL_PREDICTION, what the REPL shows after the lines of SESSION, one
  line for each line it shows;
- in SCRIPT_PREDICTION, what the lines of SCRIPT print when they are saved
  in a file and run as a script.
Then check: start python3 and type the lines of SESSION.
'''

SESSION = """\
price = 4
price * 3
_ + 1
print(_ * 10)
"coffee"
len(_)
"""

SCRIPT = """\
price = 4
price * 3
print(price * 10)
"coffee"
"""

# What the REPL shows, one line for each value or print()
REPL_PREDICTION = """
12
13
1300
'coffee'
6
"""

# What the script prints
SCRIPT_PREDICTION = """
40
"""
