class PetrolEngine:
    def start(self):
        return "vroom"


class ElectricMotor:
    def start(self):
        return "hmmm"


class Car(PetrolEngine):
    def __init__(self, model, engine):
        self.model = model
        self.engine = engine

    def start(self):
        return f"{self.model}: {self.engine.start()}"
