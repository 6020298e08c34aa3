def parse_ages(lines):
    ages, problems = {}, []
    for number, line in enumerate(lines, start=1):
        fields = line.split(",")
        try:
            ages[fields[0]] = int(fields[1])
        except (ValueError, IndexError):
            problems.append((number, "invalid"))
    return ages, problems
