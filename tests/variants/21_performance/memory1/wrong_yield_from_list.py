import sys
import tracemalloc


def parse_sizes(lines):
    yield from [int(line.split()[-1]) for line in lines
                if line.split() and line.split()[-1].isdigit()]


def total_size(lines):
    return sum(parse_sizes(lines))
