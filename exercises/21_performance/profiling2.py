"""Profiling: a pstats report, sorted the way you need.

A slow nightly job should log where its time went. `hot_spots` runs `func(*args)` under
cProfile and must RETURN the pstats report as text (so the job can log it; nothing may go to
stdout), sorted by `sort` ("cumulative", "tottime", "ncalls", ...) and cut to the first
`limit` rows.
"""
import cProfile
import pstats


def hot_spots(func, *args, sort: str = "cumulative", limit: int = 10) -> str:
    profiler = cProfile.Profile()
    profiler.runcall(func, *args)
    # TODO: a Stats without a stream of its own prints to sys.stdout; give it one to read back.
    stats = pstats.Stats(profiler)
    # TODO: sort by `sort`, and print only `limit` rows.
    stats.print_stats()
    return ""


# --- tests: read them, don't change them ---


def parse(slow):
    return [int(part) for part in slow.split(",") if part.strip()]


def checksum(values):
    return sum(value * value for value in values) % 97


def workload():
    total = 0
    for line in ["1,2,3", "4,5", "6"] * 200:
        total += checksum(parse(line))
    return total


def rows(report):
    """The table rows of a pstats report: (ncalls, tottime, cumtime, function)."""
    found, in_table = [], False
    for line in report.splitlines():
        if line.strip().startswith("ncalls"):
            in_table = True
        elif in_table and line.strip():
            fields = line.split(None, 5)
            found.append((int(fields[0].split("/")[0]), float(fields[1]), float(fields[3]),
                          fields[5]))
        elif in_table:
            break
    return found


def test_the_report_is_returned_not_printed(capsys):
    report = hot_spots(workload)
    printed = capsys.readouterr().out
    assert printed == "", "hot_spots printed the report: it must return it"
    assert "function calls" in report and rows(report), "hot_spots returned no report"


def test_sorted_by_number_of_calls():
    table = rows(hot_spots(workload, sort="ncalls", limit=50))
    calls = [ncalls for ncalls, _, _, _ in table]
    assert calls == sorted(calls, reverse=True), "the rows are not sorted by ncalls"


def test_sorted_by_cumulative_time():
    table = rows(hot_spots(workload, sort="cumulative", limit=50))
    assert table, "hot_spots returned no report"
    cumulative = [cumtime for _, _, cumtime, _ in table]
    assert cumulative == sorted(cumulative, reverse=True), "the rows are not sorted by cumtime"
    assert table[0][3].endswith("(workload)"), "workload, which contains all the rest, is first"


def test_only_limit_rows():
    for limit in (3, 5):
        count = len(rows(hot_spots(workload, sort="ncalls", limit=limit)))
        assert count == limit, f"{count} rows where {limit} were asked for"

