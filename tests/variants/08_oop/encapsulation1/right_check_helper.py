class Thermostat:
    MIN_TARGET = 5
    MAX_TARGET = 30

    def __init__(self, target=20):
        self._target = self._checked(target)

    @staticmethod
    def _checked(value):
        if value < Thermostat.MIN_TARGET or value > Thermostat.MAX_TARGET:
            raise ValueError("out of range")
        return value

    def _get_target(self):
        return self._target

    def _set_target(self, value):
        self._target = self._checked(value)

    target = property(_get_target, _set_target)

    def warmer(self, step=1):
        self.target = self.target + step
