"""
There are two ways to run Python. Type `python3` alone and you get the
interactive interpreter (the REPL, with its >>> prompt): each line runs as soon
as you press Enter. Type `python3 script_mode1.py` and Python runs the whole
file as a script, from top to bottom.

A file can also be imported by another file. The special variable __name__
tells the two cases apart, and the `if` at the bottom should call main() only
when the file runs as a script. Look at what the first line prints, and fix
the comparison.
"""


def main():
    print("Running as a script: hello from main()!")


print("__name__ is", __name__)

# TODO: compare __name__ with the value it has when the file runs as a script
if __name__ == "script_mode1":
    main()
