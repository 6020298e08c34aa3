"""Copy a file byte for byte, whatever it holds.

`copy_exact(src, dst)` copies any file, text or not (an image, an archive, a Windows text file
with "\r\n" line endings), so that dst holds exactly the bytes of src. It returns the number of
bytes copied. Text mode decodes bytes into str and rewrites line endings; binary mode does not.
"""


def copy_exact(src, dst):
    # TODO: open both files in binary mode ("rb" and "wb"); binary mode takes no encoding
    with open(src, "r", encoding="utf-8") as fin:
        data = fin.read()
    with open(dst, "w", encoding="utf-8") as fout:
        fout.write(data)
    return len(data)


# --- tests: read them, don't change them ---


def test_windows_line_endings_are_kept(tmp_path):
    src, dst = tmp_path / "notes.txt", tmp_path / "copy.txt"
    src.write_bytes(b"line one\r\nline two\r\n")
    copy_exact(src, dst)
    assert dst.read_bytes() == b"line one\r\nline two\r\n"


def test_returns_number_of_bytes(tmp_path):
    src, dst = tmp_path / "notes.txt", tmp_path / "copy.txt"
    src.write_bytes(b"a\r\nb\r\n")
    assert copy_exact(src, dst) == 6


def test_copies_non_text_bytes(tmp_path):
    src, dst = tmp_path / "logo.png", tmp_path / "logo-copy.png"
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    src.write_bytes(data)
    assert copy_exact(src, dst) == len(data)
    assert dst.read_bytes() == data


def test_empty_file(tmp_path):
    src, dst = tmp_path / "empty", tmp_path / "empty-copy"
    src.write_bytes(b"")
    assert copy_exact(src, dst) == 0
    assert dst.read_bytes() == b""
