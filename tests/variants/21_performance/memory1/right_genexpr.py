import sys
import tracemalloc


def parse_sizes(lines):
    split = (line.split() for line in lines)
    return (int(fields[-1]) for fields in split if fields and fields[-1].isdigit())


def total_size(lines):
    total = 0
    for size in parse_sizes(lines):
        total += size
    return total
