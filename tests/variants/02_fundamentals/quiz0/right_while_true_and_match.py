"""
Quiz: chapters 00 to 02.

A small tool for whoever looks after a server. You type its disks, one per
line, as three words:
    NAME USED SIZE          in GB, for example:  root 45 50
and an empty line when you are done (a line of only spaces counts as empty).
For each disk the tool prints one line: the name left-aligned in 10
characters, the use as a percentage without decimals right-aligned in 5
characters, a space, and a status:
    root        90% CRITICAL
The status is "CRITICAL" at 90 % or more, "WARNING" at 75 % or more, and
"ok" below that. The sizes may have decimals (9.5), and extra spaces between
or around the words don't matter.

A line that doesn't have exactly three words is not a disk: print "Skipped: "
followed by the line, and go on with the next one. At the end, print the
summary, which counts only the disks:
    Disks: 3, critical: 1, warning: 1

Write the program under `if __name__ == "__main__":`; the tests type the
lines for it. Try it yourself too: python3 quiz0.py
"""

if __name__ == "__main__":
    disks = 0
    critical = 0
    warning = 0
    while True:
        line = input()
        if not line.strip():
            break
        match line.split():
            case [name, used, size]:
                percent = float(used) * 100 / float(size)
                if percent >= 90:
                    status = "CRITICAL"
                    critical += 1
                elif percent >= 75:
                    status = "WARNING"
                    warning += 1
                else:
                    status = "ok"
                disks += 1
                print(f"{name:<10}{percent:>4.0f}% {status}")
            case _:
                print("Skipped:", line.strip())
    print(f"Disks: {disks}, critical: {critical}, warning: {warning}")
