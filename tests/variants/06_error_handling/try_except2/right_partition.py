def parse_ages(lines):
    ages, problems = {}, []
    for number, line in enumerate(lines, start=1):
        name, comma, age = line.partition(",")
        if not comma:
            problems.append((number, "missing"))
            continue
        try:
            ages[name] = int(age)
        except ValueError:
            problems.append((number, "invalid"))
    return ages, problems
