from pathlib import PurePosixPath

BACKUP = PurePosixPath("/srv/backups/2024/db01.sql.gz")

NAME = BACKUP.name
SUFFIX = '.gz'
STEM = 'db01.sql'
FOLDER = '2024'
SWAPPED = '/srv/backups/2024/db01.sql.bz2'
INSIDE = '2024/db01.sql.gz'
PARTS = 5
JOINED = '/etc/passwd'
