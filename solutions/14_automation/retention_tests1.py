"""Write the tests that stop a cleanup job from deleting the wrong backups.

`backups_to_delete(names, keep)` decides which nightly backups a cleanup job
removes. A backup is named like "db-2024-03-05.sql.gz" (the day it was taken).
It keeps the `keep` newest backups and returns all the others, OLDEST FIRST.
A name that is not a backup ("README", "db-latest.sql.gz") is never returned.
The function is correct. Write tests (functions named test_...) that would
catch the mistakes such functions often have: the checks below swap in six
broken versions, one at a time, and for each one at least one of your tests
must fail. Think about what a directory listing really looks like: names come
in no particular order, and not every file is a backup. Think about keep=0.
"""
import re

BACKUP_NAME = re.compile(r"db-\d{4}-\d{2}-\d{2}\.sql\.gz")


def backups_to_delete(names, keep):
    backups = sorted(name for name in names if BACKUP_NAME.fullmatch(name))
    return backups[:max(len(backups) - keep, 0)]


def test_keeps_the_newest():
    names = ["db-2024-03-01.sql.gz", "db-2024-03-02.sql.gz", "db-2024-03-03.sql.gz"]
    assert backups_to_delete(names, 2) == ["db-2024-03-01.sql.gz"]


def test_names_in_any_order_oldest_first():
    names = ["db-2024-03-03.sql.gz", "db-2024-03-01.sql.gz",
             "db-2024-03-04.sql.gz", "db-2024-03-02.sql.gz"]
    assert backups_to_delete(names, 1) == [
        "db-2024-03-01.sql.gz", "db-2024-03-02.sql.gz", "db-2024-03-03.sql.gz"]


def test_keep_zero_deletes_every_backup():
    names = ["db-2024-03-02.sql.gz", "db-2024-03-01.sql.gz"]
    assert backups_to_delete(names, 0) == ["db-2024-03-01.sql.gz", "db-2024-03-02.sql.gz"]


def test_other_files_are_never_deleted():
    names = ["README", "db-latest.sql.gz", "db-2024-03-01.sql.gz"]
    assert backups_to_delete(names, 0) == ["db-2024-03-01.sql.gz"]


def test_fewer_backups_than_keep():
    assert backups_to_delete(["db-2024-03-01.sql.gz"], 5) == []


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on backups_to_delete above. Then
# each broken version below takes its place in turn, and your tests run again:
# for every one of them at least one of your tests must fail.
import sys

import pytest
from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def trusts_the_order_it_gets(names, keep):
    backups = [name for name in names if BACKUP_NAME.fullmatch(name)]
    return backups[:max(len(backups) - keep, 0)]


def keeps_the_oldest(names, keep):
    backups = sorted(name for name in names if BACKUP_NAME.fullmatch(name))
    return backups[keep:]


def slices_with_minus_keep(names, keep):
    backups = sorted(name for name in names if BACKUP_NAME.fullmatch(name))
    return backups[:-keep]


def deletes_one_too_many(names, keep):
    backups = sorted(name for name in names if BACKUP_NAME.fullmatch(name))
    return backups[:max(len(backups) - keep + 1, 0)]


def deletes_files_that_are_not_backups(names, keep):
    candidates = sorted(name for name in names if name.endswith(".sql.gz"))
    return candidates[:max(len(candidates) - keep, 0)]


def returns_the_newest_first(names, keep):
    backups = sorted((name for name in names if BACKUP_NAME.fullmatch(name)), reverse=True)
    return backups[keep:]


BROKEN = {
    "a version that trusts the names to come sorted": trusts_the_order_it_gets,
    "a version that keeps the OLDEST backups": keeps_the_oldest,
    "a version that deletes nothing when keep is 0": slices_with_minus_keep,
    "a version that deletes one backup too many": deletes_one_too_many,
    "a version that deletes db-latest.sql.gz too": deletes_files_that_are_not_backups,
    "a version that returns the right backups, newest first": returns_the_newest_first,
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path, at_least=2)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "backups_to_delete"): BROKEN[bug]}, bug)
