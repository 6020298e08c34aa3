PROGRAM_1 = """\
print("Checking the servers")
servers = 3
print("Servers:", servers)
print("Online:", online)
online = 2
print("Done")
"""

PROGRAM_2 = """\
print("Checking the servers")
servers = 3
print("Servers:", servers)
print("Online:", servers - 1
print("Done")
"""

PROGRAM_1_PRINTS = 3
PROGRAM_1_STOPS_ON_LINE = 4
PROGRAM_2_PRINTS = 0
