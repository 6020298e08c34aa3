def parse_ages(lines):
    ages, problems = {}, []
    for number, line in enumerate(lines):
        fields = line.split(",")
        try:
            ages[fields[0]] = int(fields[1])
        except ValueError:
            problems.append((number, "invalid"))
        except IndexError:
            problems.append((number, "missing"))
    return ages, problems
