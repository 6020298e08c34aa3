from logsweep.rotate import rotate


def contents(folder):
    return {p.name: p.read_text() for p in sorted(folder.iterdir())}


def test_first_rotation_starts_a_new_log(tmp_path, make_file):
    make_file(tmp_path / "app.log", content=b"today")
    rotate(tmp_path / "app.log", keep=3)
    assert contents(tmp_path) == {"app.log": "", "app.log.1": "today"}


def test_each_copy_moves_up_one_number(tmp_path, make_file):
    make_file(tmp_path / "app.log", content=b"new")
    make_file(tmp_path / "app.log.1", content=b"older")
    make_file(tmp_path / "app.log.2", content=b"oldest")
    rotate(tmp_path / "app.log", keep=3)
    assert contents(tmp_path) == {
        "app.log": "", "app.log.1": "new", "app.log.2": "older", "app.log.3": "oldest"
    }


def test_copies_beyond_keep_are_deleted(tmp_path, make_file):
    make_file(tmp_path / "app.log", content=b"new")
    make_file(tmp_path / "app.log.1", content=b"older")
    make_file(tmp_path / "app.log.2", content=b"oldest")
    actions = rotate(tmp_path / "app.log", keep=2)
    assert contents(tmp_path) == {"app.log": "", "app.log.1": "new", "app.log.2": "older"}
    assert [a.kind for a in actions].count("delete") == 1


def test_dry_run_changes_nothing_but_reports_the_same(tmp_path, make_file):
    make_file(tmp_path / "app.log", content=b"new")
    make_file(tmp_path / "app.log.1", content=b"older")
    make_file(tmp_path / "app.log.2", content=b"oldest")
    before = contents(tmp_path)
    planned = rotate(tmp_path / "app.log", keep=2, dry_run=True)
    assert contents(tmp_path) == before
    assert planned == rotate(tmp_path / "app.log", keep=2)
