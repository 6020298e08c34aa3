import argparse
import sys

from hostcheck import probe, report, targets


def main(argv=None):
    parser = argparse.ArgumentParser(prog="hostcheck")
    parser.add_argument("file")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--timeout", type=float, default=3)
    options = parser.parse_args(argv)
    try:
        loaded = targets.load_targets(options.file)
    except targets.TargetError as problem:
        sys.stderr.write(f"error: {problem}\n")
        return 2
    results = []
    for target in loaded:
        if target.url:
            results.append(probe.check_http(target.name, target.url, options.timeout))
        else:
            results.append(probe.check_tcp(target.name, target.host, target.port,
                                           options.timeout))
    sys.stdout.write((report.to_json(results) if options.json
                      else report.format_table(results)) + "\n")
    return int(not all(r.ok for r in results))
