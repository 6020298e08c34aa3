"""
input() always gives you text. When the user types 3, you get "3", and "3"
times 12 repeats the text twelve times: "333333333333"! Convert the answer
with int() before you calculate with it.

A box holds 12 eggs. Fix the program so it prints how many eggs are in the
boxes: for 3 boxes, "That is 36 eggs." The tests type other numbers too.
"""

if __name__ == "__main__":
    boxes = input("How many boxes of eggs? ")  # TODO: make it a number
    eggs = boxes * 12
    print("That is", eggs, "eggs.")

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


def test_three_boxes(monkeypatch, capsys):
    printed = run_script(["3"], monkeypatch, capsys)
    assert "That is 36 eggs." in printed


def test_other_numbers_of_boxes(monkeypatch, capsys):
    for boxes, eggs in [("1", 12), ("10", 120), ("0", 0)]:
        printed = run_script([boxes], monkeypatch, capsys)
        assert f"That is {eggs} eggs." in printed, f"for {boxes} boxes"
