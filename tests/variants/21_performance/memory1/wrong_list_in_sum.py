import sys
import tracemalloc


def parse_sizes(lines):
    for line in lines:
        fields = line.split()
        if fields and fields[-1].isdigit():
            yield int(fields[-1])


def total_size(lines):
    return sum(list(parse_sizes(lines)))
