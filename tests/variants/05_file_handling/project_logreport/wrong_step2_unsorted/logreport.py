"""Step 5: logreport, a command-line tool that summarises web access logs.

    python logreport.py LOG_FOLDER [--out REPORT_FOLDER]
"""
import argparse
import sys
from pathlib import Path

from loading import find_logs, read_log
from output import append_history, write_hosts_csv, write_summary_json
from summary import summarize


def parse_args(argv):
    """The command line, read by argparse (chapter 14): args.folder and args.out are Paths."""
    parser = argparse.ArgumentParser(prog="logreport", description="Summarise web access logs.")
    parser.add_argument("folder", type=Path, help="the folder with the *.log files")
    parser.add_argument("--out", type=Path, default=Path("report"),
                        help="the folder for the report files (default: report)")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    """Run logreport with the command-line arguments argv; return the exit code.

    1. Find the log files in args.folder. When there are none, print an error message that
       names the folder to stderr and return 1, without writing anything.
    2. Read every log file. For each bad line, print a warning such as
       "web02.log: line 3 skipped" (file name and line number) to stderr.
    3. Summarise the records of all the files together.
    4. Create the folder args.out if it is missing, and write into it hosts.csv (the "hosts"
       rows of the summary) and summary.json (the whole summary).
    5. Make the line "<number of log files> logs, <requests> requests, <errors> errors",
       e.g. "5 logs, 120 requests, 7 errors": append it to history.txt in args.out and print
       it to stdout. Return 0.
    """
    args = parse_args(argv)
    logs = find_logs(args.folder)
    if not logs:
        print(f"logreport: no .log files in {args.folder}", file=sys.stderr)
        return 1

    records = []
    for log in logs:
        log_records, bad_lines = read_log(log)
        for number in bad_lines:
            print(f"{log.name}: line {number} skipped", file=sys.stderr)
        records.extend(log_records)

    summary = summarize(records)
    args.out.mkdir(parents=True, exist_ok=True)
    write_hosts_csv(args.out / "hosts.csv", summary["hosts"])
    write_summary_json(args.out / "summary.json", summary)

    line = f"{len(logs)} logs, {summary['requests']} requests, {summary['errors']} errors"
    append_history(args.out / "history.txt", line)
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
