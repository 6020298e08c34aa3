"""
Data: Python is the language most used to work with data, from a quick
average to machine learning. Even without installing anything, the
standard library's `statistics` module does the usual sums:
  statistics.mean(numbers)     the average: the sum divided by how many
  statistics.median(numbers)   the middle value once they are sorted (with an
                               even count, the average of the two middle ones)
  max(numbers)                 the largest (a built-in, no import needed)

A web team measured how long their server took to answer some requests, in
milliseconds: TIMES_MS is a list of those numbers (in square brackets,
separated by commas). One very slow request makes the average look bad; the median
shows what a typical request takes. Fill in the three values. The tests also
run your lines with other measurements.
"""

import statistics

TIMES_MS = [120, 95, 310, 101, 99, 2400, 105]

# The average time
average = sum(TIMES_MS) // len(TIMES_MS)

# The median time
median = statistics.median(TIMES_MS)

# The slowest time
slowest = max(TIMES_MS)

print("Average:", average, "ms")
print("Median:", median, "ms")
print("Slowest:", slowest, "ms")
