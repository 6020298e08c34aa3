"""
input() waits for the user to type a line and gives it back as text; the
text in its parentheses is the prompt, shown first. print() shows one or
more values, and puts a space between the values given with commas.

This program asks for a name, but the greeting ignores the answer: "name" in
quotes is just the four letters n, a, m, e. Greet the user with the name
they typed: when Ada types Ada, the program prints "Hello, Ada!".

The program's lines sit under `if __name__ == "__main__":` (chapter 01):
they run when you run the file (try it: python3 input1.py), and the tests
run them with names of their own.
"""

if __name__ == "__main__":
    name = input("What is your name? ")
    print("Hello, " + name + "!")

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


def test_greets_ada(monkeypatch, capsys):
    printed = run_script(["Ada"], monkeypatch, capsys)
    assert "Hello, Ada!" in printed


def test_greets_whoever_types(monkeypatch, capsys):
    for name in ["Grace", "Guido van Rossum"]:
        printed = run_script([name], monkeypatch, capsys)
        assert f"Hello, {name}!" in printed, f"when {name} types their name"
