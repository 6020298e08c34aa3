"""
Two words change how a loop runs: `continue` skips the rest of the block
and goes on with the next item; `break` leaves the loop at once.

A sensor sends temperature readings. A negative reading is a glitch: skip it
and carry on. The value 999 means "end of data": stop there, and ignore
whatever comes after it. The two words are swapped below: put each one in
its place. The tests also run your program with other readings.
"""

READINGS = [21, 23, -1, 22, 999, 25]

for reading in READINGS:
    if reading == 999:
        continue
    if reading < 0:
        continue
    print("Reading:", reading)

print("Done.")
