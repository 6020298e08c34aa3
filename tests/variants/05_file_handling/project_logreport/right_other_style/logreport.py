import argparse
import sys
from pathlib import Path

import loading
import output
import summary as summary_module


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="logreport", description="Summarise web access logs.")
    parser.add_argument("folder", type=Path, help="the folder with the *.log files")
    parser.add_argument("--out", type=Path, default=Path("report"),
                        help="the folder for the report files (default: report)")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    logs = loading.find_logs(args.folder)
    if len(logs) == 0:
        sys.stderr.write(f"error: {args.folder} holds no .log file\n")
        return 1
    records = []
    for log in logs:
        found, bad = loading.read_log(log)
        records += found
        for number in bad:
            print(f"warning: {Path(log).name} line {number} skipped", file=sys.stderr)
    summary = summary_module.summarize(records)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    output.write_hosts_csv(out / "hosts.csv", summary["hosts"])
    output.write_summary_json(out / "summary.json", summary)
    text = "{} logs, {} requests, {} errors".format(len(logs), summary["requests"], summary["errors"])
    output.append_history(out / "history.txt", text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
