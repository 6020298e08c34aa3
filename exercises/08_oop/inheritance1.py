"""Inheritance: super() and overriding.

A `Manager` is an `Employee` with a monthly bonus and a team. Let the
parent constructor set the name and salary (call it with super()), and
override `monthly_pay` so a manager gets the employee pay plus the bonus,
reusing the parent's method through super() instead of copying its formula.
"""


class Employee:
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def monthly_pay(self):
        return round(self.salary / 12, 2)

    def describe(self):
        return f"{self.name} earns {self.monthly_pay()} a month"


class Manager(Employee):
    def __init__(self, name, salary, bonus):
        # TODO: let Employee.__init__ set the name and the salary.
        self.bonus = bonus
        self.team = []

    # TODO: override monthly_pay(): the employee's monthly pay plus the bonus.


# --- tests: read them, don't change them ---

import ast
import inspect


def calls_super(method_name):
    """Does Manager.<method_name> call super().<method_name>(...)?"""
    tree = ast.parse(inspect.getsource(Manager))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == method_name:
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == method_name
                    and isinstance(call.func.value, ast.Call)
                    and isinstance(call.func.value.func, ast.Name)
                    and call.func.value.func.id == "super"
                ):
                    return True
    return False


def test_manager_gets_name_and_salary_from_the_parent():
    boss = Manager("Grace", 60000, 500)
    assert boss.name == "Grace"
    assert boss.salary == 60000


def test_the_parent_constructor_runs(monkeypatch):
    calls = []
    original = Employee.__init__

    def spy(self, *args, **kwargs):
        calls.append((args, kwargs))
        original(self, *args, **kwargs)

    monkeypatch.setattr(Employee, "__init__", spy)
    Manager("Grace", 60000, 500)
    assert calls, "Manager.__init__ must let Employee.__init__ set the name and salary"


def test_the_constructor_uses_super():
    assert calls_super("__init__"), "call the parent's __init__ through super()"


def test_a_manager_is_an_employee():
    assert isinstance(Manager("Grace", 60000, 500), Employee)


def test_manager_pay_includes_the_monthly_bonus():
    assert Manager("Grace", 60000, 500).monthly_pay() == 5500
    assert Manager("Linus", 36000, 250).monthly_pay() == 3250


def test_manager_pay_reuses_the_parents_method(monkeypatch):
    calls = []
    original = Employee.monthly_pay

    def spy(self):
        calls.append(self)
        return original(self)

    monkeypatch.setattr(Employee, "monthly_pay", spy)
    assert Manager("Grace", 60000, 500).monthly_pay() == 5500
    assert calls, "Manager.monthly_pay must reuse Employee.monthly_pay, not copy its formula"
    assert calls_super("monthly_pay"), "reach the parent's monthly_pay through super()"


def test_inherited_describe_uses_the_overridden_pay():
    assert Manager("Grace", 60000, 500).describe() == "Grace earns 5500.0 a month"


def test_employees_are_unchanged():
    worker = Employee("Alan", 48000)
    assert worker.monthly_pay() == 4000
    assert worker.describe() == "Alan earns 4000.0 a month"


def test_each_manager_has_an_own_team():
    first = Manager("Grace", 60000, 500)
    second = Manager("Linus", 60000, 500)
    first.team.append("Alan")
    assert second.team == []
