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
        super(Manager, self).__init__(name=name, salary=salary)
        self.bonus = bonus
        self.team = []

    def monthly_pay(self):
        base_pay = super().monthly_pay()
        return base_pay + self.bonus
