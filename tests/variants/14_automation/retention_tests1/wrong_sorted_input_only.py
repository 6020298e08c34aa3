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
    names = ["db-2024-03-01.sql.gz", "db-2024-03-02.sql.gz",
             "db-2024-03-03.sql.gz", "db-2024-03-04.sql.gz"]
    assert backups_to_delete(names, 1) == [
        "db-2024-03-01.sql.gz", "db-2024-03-02.sql.gz", "db-2024-03-03.sql.gz"]


def test_keep_zero_deletes_every_backup():
    names = ["db-2024-03-01.sql.gz", "db-2024-03-02.sql.gz"]
    assert backups_to_delete(names, 0) == ["db-2024-03-01.sql.gz", "db-2024-03-02.sql.gz"]


def test_other_files_are_never_deleted():
    names = ["README", "db-latest.sql.gz", "db-2024-03-01.sql.gz"]
    assert backups_to_delete(names, 0) == ["db-2024-03-01.sql.gz"]


def test_fewer_backups_than_keep():
    assert backups_to_delete(["db-2024-03-01.sql.gz"], 5) == []


