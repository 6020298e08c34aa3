"""
Casting follows exact rules, and a few of them surprise everybody once:
- int() of a float drops the decimals; it doesn't round (and -3.99 gives -3);
- round() of a number exactly halfway goes to the EVEN neighbour: 1.5 and
  2.5 both round to 2;
- int() of text accepts spaces around the digits;
- float() of a whole number gives a float: float("2") is 2.0;
- / always gives a float (even 10 / 5), // divides and drops the decimals;
- True and False are the numbers 1 and 0 in disguise.

Read main() below and write in PREDICTION exactly what it prints, line by
line, before you run anything. Then run the file to check.
"""

# What main() prints
PREDICTION = f"{int(3.99)} {int(-3.99)}"


def main():
    price = 3.99
    print(int(price), int(-price))
    print(round(2.5), round(3.5), round(0.5))
    print(int("  42 ") + 1)
    print(float("7"), str(7) + "0")
    print(int(True) + True)
    print(10 / 5, 10 // 4, str(10 / 4))


if __name__ == "__main__":
    main()
