def drop_header(lines, count):
    del lines[:count]


def replace_section(lines, start, stop, new_lines):
    lines = lines[:start] + new_lines + lines[stop:]
    return lines


def insert_lines(lines, index, new_lines):
    lines[index:index] = new_lines
