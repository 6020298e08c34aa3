"""Composition: has-a instead of is-a.

A car is not an engine, it HAS one. Because `Car` inherits from
`PetrolEngine`, every car goes "vroom" and its engine can't be swapped.
Stop inheriting: keep the engine the car is given in `self.engine` and let
`start()` ask that engine (delegation).
"""


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
        return f"{self.model}: {self.engine.start()}"


# --- tests: read them, don't change them ---


def test_a_petrol_car():
    assert Car("Golf", PetrolEngine()).start() == "Golf: vroom"


def test_an_electric_car():
    assert Car("Zoe", ElectricMotor()).start() == "Zoe: hmmm"


def test_the_car_keeps_the_engine_it_was_given():
    motor = ElectricMotor()
    assert Car("Zoe", motor).engine is motor


def test_the_engine_can_be_swapped():
    car = Car("Golf", PetrolEngine())
    car.engine = ElectricMotor()
    assert car.start() == "Golf: hmmm"


def test_anything_with_start_can_be_the_engine():
    class TestEngine:
        def start(self):
            return "click"

    assert Car("Prototype", TestEngine()).start() == "Prototype: click"


def test_a_car_is_not_an_engine():
    assert not isinstance(Car("Golf", PetrolEngine()), PetrolEngine)
