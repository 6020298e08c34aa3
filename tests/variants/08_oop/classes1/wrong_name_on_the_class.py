class Robot:
    def __init__(self, name):
        Robot.name = name

    def greet(self):
        return f"Beep! I am {self.name}."


ada = Robot("Ada")
bolt = Robot("Bolt")
