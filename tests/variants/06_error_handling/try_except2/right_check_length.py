def parse_ages(lines):
    ages = {}
    problems = []
    for index, line in enumerate(lines):
        name, sep, age = line.partition(",")
        if not sep:
            problems.append((index + 1, "missing"))
            continue
        try:
            ages[name] = int(age)
        except ValueError:
            problems.append((index + 1, "invalid"))
    return ages, problems
