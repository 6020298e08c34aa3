def drop_header(lines, count):
    for _ in range(count):
        lines.pop(0)


def replace_section(lines, start, stop, new_lines):
    for _ in range(stop - start):
        lines.pop(start)
    for line in reversed(new_lines):
        lines.insert(start, line)


def insert_lines(lines, index, new_lines):
    for offset, line in enumerate(new_lines):
        lines.insert(index + offset, line)
