class Robot:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"Beep! I am {self.name}."


ada = Robot("Ada")
bolt = ada
bolt.name = "Bolt"
