def drop_header(lines, count):
    lines[:] = lines[count:]


def replace_section(lines, start, stop, new_lines):
    del lines[start:stop]
    lines[start:start] = new_lines


def insert_lines(lines, index, new_lines):
    lines[:] = lines[:index] + new_lines + lines[index:]
