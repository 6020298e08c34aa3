class PetrolEngine:
    def start(self):
        return "vroom"


class ElectricMotor:
    def start(self):
        return "hmmm"


class Car:
    def __init__(self, model, engine):
        self.model = model
        self.engine = engine

    def start(self):
        if isinstance(self.engine, ElectricMotor):
            return f"{self.model}: hmmm"
        return f"{self.model}: vroom"
