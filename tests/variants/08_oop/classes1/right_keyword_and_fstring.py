class Robot:
    def __init__(self, name):
        self.name = str(name)

    def greet(self):
        return "Beep! I am " + self.name + "."


ada = Robot(name="Ada")
bolt = Robot(name="Bolt")
