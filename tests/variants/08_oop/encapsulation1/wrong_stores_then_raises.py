class Thermostat:
    MIN_TARGET = 5
    MAX_TARGET = 30

    def __init__(self, target=20):
        self.target = target

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        self._target = value
        if not self.MIN_TARGET <= value <= self.MAX_TARGET:
            raise ValueError("out of range")

    def warmer(self, step=1):
        self.target = self.target + step
