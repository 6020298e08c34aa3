"""Inheritance: super() and overriding.

A `Manager` is an `Employee` with a monthly bonus and a team. Let the
parent constructor set the name and salary (call it with super()), and
override `monthly_pay` so a manager gets the employee pay plus the bonus,
reusing the parent's method instead of copying its formula.
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
        super().__init__(name, salary)
        self.bonus = bonus
        self.team = []

    def monthly_pay(self):
        return super().monthly_pay() + self.bonus


# --- tests: read them, don't change them ---


def test_manager_gets_name_and_salary_from_the_parent():
    boss = Manager("Grace", 60000, 500)
    assert boss.name == "Grace"
    assert boss.salary == 60000


def test_a_manager_is_an_employee():
    assert isinstance(Manager("Grace", 60000, 500), Employee)


def test_manager_pay_includes_the_monthly_bonus():
    assert Manager("Grace", 60000, 500).monthly_pay() == 5500


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
