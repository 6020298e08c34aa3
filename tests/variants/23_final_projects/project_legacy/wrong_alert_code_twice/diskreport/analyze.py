"""What the samples say about each disk: how full, how fast it grows, which level."""
from dataclasses import dataclass

SECONDS_PER_DAY = 86400


@dataclass
class Disk:
    host: str
    mount: str
    percent: float
    growth: float  # GB per day
    free: float  # GB
    level: str  # "ok", "WARNING" or "CRITICAL"


def level_of(percent: float, warn: float, crit: float) -> str:
    if percent >= crit:
        return "CRITICAL"
    if percent >= warn:
        return "WARNING"
    return "ok"


def disk_stats(host: str, mount: str, samples: list, warn: float, crit: float) -> Disk:
    first, last = min(samples), max(samples)
    percent = last[1] / last[2] * 100
    days = (last[0] - first[0]).total_seconds() / SECONDS_PER_DAY
    growth = (last[1] - first[1]) / days if days else 0.0
    return Disk(host, mount, percent, growth, last[2] - last[1], level_of(percent, warn, crit))


def analyze(samples: dict, warn: float, crit: float) -> list[Disk]:
    """One Disk per (host, mount), in the order of the samples."""
    return [disk_stats(host, mount, rows, warn, crit) for (host, mount), rows in samples.items()]


def alerts(disks: list[Disk]) -> list[dict]:
    found = []
    for d in disks:
        if d.level == "CRITICAL":
            alert = {"host": d.host, "mount": d.mount, "percent": round(d.percent, 1),
                     "level": d.level}
            found.append(alert)
        elif d.level == "WARNING":
            alert = {"host": d.host, "mount": d.mount, "percent": round(d.percent, 1),
                     "level": d.level}
            found.append(alert)
    return found


def exit_code(disks: list[Disk]) -> int:
    codes = {"ok": 0, "WARNING": 1, "CRITICAL": 2}
    return max((codes[disk.level] for disk in disks), default=0)


def report_line(disk: Disk) -> str:
    if disk.growth > 0:
        full = f"full in {int(disk.free / disk.growth)} days"
    else:
        full = "not growing"
    growth = f"{disk.growth:+.1f} GB/day"
    return (f"{disk.host + ':' + disk.mount:<14} {disk.percent:5.1f}%  {growth:>12}  "
            f"{full:<16} {disk.level}")


def report(disks: list[Disk]) -> list[str]:
    """The report's lines, fullest disk first."""
    ordered = sorted(disks, key=lambda d: (d.percent, f"{d.host}:{d.mount}"), reverse=True)
    return [report_line(disk) for disk in ordered]
