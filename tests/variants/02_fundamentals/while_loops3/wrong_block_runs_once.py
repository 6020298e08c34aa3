"""
Reading a while loop precisely:
- the condition is checked BEFORE each round, never in the middle of one:
  a round that has started runs to its end, even if the condition turns
  false on the way;
- when the condition is false the first time, the block never runs at all;
- after the loop, its variables keep the values they had when it stopped.

Read main() and write in PREDICTION exactly what it prints, line by line,
before you run anything. Follow each loop on paper, round by round: write
down the variables after each round.
"""

# What main() prints
PREDICTION = """
T minus 3
T minus 2
T minus 1
Liftoff at 0
steps: 4 total: 10
never?
tries: 4
level 3
level 9
level 27
"""


def main():
    countdown = 3
    while countdown > 0:
        print("T minus", countdown)
        countdown = countdown - 1
    print("Liftoff at", countdown)

    steps = 0
    total = 0
    while total < 10:
        steps = steps + 1
        total = total + steps
    print("steps:", steps, "total:", total)

    tries = 5
    while tries > 5:
        print("never?")
        tries = tries - 1
    print("tries:", tries)

    level = 1
    while level < 20:
        level = level * 3
        print("level", level)


if __name__ == "__main__":
    main()
