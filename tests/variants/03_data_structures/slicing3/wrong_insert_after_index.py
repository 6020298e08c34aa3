def drop_header(lines, count):
    del lines[:count]


def replace_section(lines, start, stop, new_lines):
    lines[start:stop] = new_lines


def insert_lines(lines, index, new_lines):
    lines[index + 1:index + 1] = new_lines
