"""Step 2: no block of code written twice."""
from coursekit import duplicated_blocks


def test_no_block_written_twice(project_files):
    found = []
    for path in project_files:
        found += [f"{path.name} lines {a} and {b}" for a, b in duplicated_blocks(path)]
    assert found == [], "the same code is written twice: " + "; ".join(found)
