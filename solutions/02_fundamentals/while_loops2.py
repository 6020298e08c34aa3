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
    while tickets < 1 or tickets > 10:
        print("Please type a number from 1 to 10.")
        tickets = int(input("How many tickets (1-10)? "))
    print("Booked", tickets, "tickets.")

# --- tests: read them, don't change them ---

import sys


def run_script(answers, monkeypatch, capsys):
    """Run your file as a script; each input() gets the next of the answers, as if typed.
    Give back the lines it prints."""
    answers = list(answers)

    def typed(prompt=""):
        assert answers, "your program asked for more input than the user typed"
        return answers.pop(0)

    from coursekit import learner_source

    monkeypatch.setattr("builtins.input", typed)
    capsys.readouterr()
    code = compile(learner_source(sys.modules[__name__]), __file__, "exec")
    exec(code, {"__name__": "__main__"})
    return capsys.readouterr().out.splitlines()


def test_a_good_first_answer(monkeypatch, capsys):
    assert run_script(["4"], monkeypatch, capsys) == ["Booked 4 tickets."]


def test_one_wrong_answer(monkeypatch, capsys):
    printed = run_script(["0", "2"], monkeypatch, capsys)
    assert printed == ["Please type a number from 1 to 10.", "Booked 2 tickets."]


def test_asks_as_often_as_needed(monkeypatch, capsys):
    printed = run_script(["12", "-3", "0", "10"], monkeypatch, capsys)
    assert printed == ["Please type a number from 1 to 10."] * 3 + ["Booked 10 tickets."]


def test_the_limits_are_fine(monkeypatch, capsys):
    for answer in ["1", "10"]:
        printed = run_script([answer], monkeypatch, capsys)
        assert printed == [f"Booked {answer} tickets."], f"{answer} is in the range"
