"""
A while loop is the tool when you can't know in advance how many rounds you
need. The classic case is asking a user again and again, as long as the
answer is not usable.

This booking program wants a number of tickets from 1 to 10. When the answer
is out of range, it says so and asks again, but only once: a second wrong
answer is booked anyway. Make it keep asking, as often as needed, until the
answer is from 1 to 10, and only then book. (Answers are whole numbers.)
The tests type several answers, as a user would.
"""

if __name__ == "__main__":
    tickets = int(input("How many tickets (1-10)? "))
    while tickets <= 1 or tickets >= 10:
        print("Please type a number from 1 to 10.")
        tickets = int(input("How many tickets (1-10)? "))
    print("Booked", tickets, "tickets.")
