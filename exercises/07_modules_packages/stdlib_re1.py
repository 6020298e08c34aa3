"""Pull fields out of log lines with a regular expression (the re module).

`parse_failed_login(line)` reads sshd lines such as
  "Mar  9 23:50:01 gw01 sshd[812]: Failed password for root from 203.0.113.7 port 52211 ssh2"
and returns {"user": "root", "ip": "203.0.113.7", "port": 52211} (port as an int). Attempts on
unknown accounts read "Failed password for invalid user admin from ..." and give user "admin".
Any other line gives None. Counting words breaks as soon as the wording shifts; a pattern doesn't.
"""
import re

# TODO: a pattern that describes the text around user, ip and port (groups capture them;
# named groups, (?P<name>...), read best) and accepts the optional "invalid user " part;
# then use it in parse_failed_login instead of counting words
FAILED = re.compile(r"Failed password for")


def parse_failed_login(line):
    if not FAILED.search(line):
        return None
    words = line.split()
    return {"user": words[8], "ip": words[10], "port": int(words[12])}


# --- tests: read them, don't change them ---


def test_failed_login_for_existing_user():
    line = "Mar  9 23:50:01 gw01 sshd[812]: Failed password for root from 203.0.113.7 port 52211 ssh2"
    assert parse_failed_login(line) == {"user": "root", "ip": "203.0.113.7", "port": 52211}


def test_failed_login_for_invalid_user():
    line = "Mar 10 02:14:55 gw01 sshd[977]: Failed password for invalid user admin from 198.51.100.4 port 40022 ssh2"
    assert parse_failed_login(line) == {"user": "admin", "ip": "198.51.100.4", "port": 40022}


def test_other_hostname_and_pid_widths():
    line = "Apr 21 07:03:09 bastion-eu-1 sshd[1048576]: Failed password for deploy from 192.0.2.50 port 22 ssh2"
    assert parse_failed_login(line) == {"user": "deploy", "ip": "192.0.2.50", "port": 22}


def test_other_timestamp_format():
    line = "2024-03-09T23:50:01.512+01:00 gw01 sshd[812]: Failed password for root from 203.0.113.7 port 52211 ssh2"
    assert parse_failed_login(line) == {"user": "root", "ip": "203.0.113.7", "port": 52211}


def test_other_lines_give_none():
    assert parse_failed_login("Mar  9 23:51:00 gw01 sshd[812]: Accepted publickey for ops from 10.0.0.5 port 50000 ssh2") is None
    assert parse_failed_login("Mar  9 23:52:00 gw01 CRON[900]: (root) CMD (backup.sh)") is None
