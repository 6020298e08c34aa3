class Robot:
    def __init__(self, name):
        self.name = "Robot"

    def greet(self):
        return f"Beep! I am {self.name}."


ada = Robot("Ada")
bolt = Robot("Bolt")
