def drop_header(lines, count):
    del lines[:count]


def replace_section(lines, start, stop, new_lines):
    del lines[start + 1:stop]
    lines[start] = new_lines


def insert_lines(lines, index, new_lines):
    lines[index:index] = new_lines
