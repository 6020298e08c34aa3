from diskreport.analyze import level


def line(summary):
    host, mount = summary["disk"]
    growth = summary["growth"]
    full = f"full in {int(summary['free'] / growth)} days" if growth > 0 else "not growing"
    return "{:<14} {:5.1f}%  {:>12}  {:<16} {}".format(
        f"{host}:{mount}", summary["percent"], f"{growth:+.1f} GB/day", full, level(summary))


def table(summaries):
    ordered = sorted(summaries, key=lambda s: (s["percent"], "%s:%s" % s["disk"]), reverse=True)
    return "\n".join(line(summary) for summary in ordered)


def alert_list(summaries):
    return [{"host": s["disk"][0], "mount": s["disk"][1], "percent": round(s["percent"], 1),
             "level": level(s)} for s in summaries if s["severity"]]
