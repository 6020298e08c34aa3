"""
Python has a philosophy, written down as 19 short lines called "The Zen of
Python". To read all of them, start Python in a terminal (type `python3`, or
`py` on Windows), and at the >>> prompt type:  import this

This program prints four of those lines, but some words went missing. Replace
each ____ with the missing word, so that every line reads like the original.
"""

print("Beautiful is better than ugly.")
print("Explicit is better than implicit.")
print("Simple is better than implicit.")
print("Readability counts.")
