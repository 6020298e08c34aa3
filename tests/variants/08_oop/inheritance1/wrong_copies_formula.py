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
        return round(self.salary / 12, 2) + self.bonus
