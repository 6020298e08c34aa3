class PetrolEngine:
    def start(self):
        return "vroom"


class ElectricMotor:
    def start(self):
        return "hmmm"


class Car:
    def __init__(self, model, engine=None):
        self.model = model
        self.engine = engine if engine is not None else PetrolEngine()

    def start(self):
        sound = self.engine.start()
        return self.model + ": " + sound
