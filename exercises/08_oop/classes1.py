"""Classes and objects.

A class is a blueprint; every object made from it keeps its own data.
Fix `Robot.__init__` so each robot remembers the name it was given, then
make `bolt` a second Robot object, named "Bolt".
"""


class Robot:
    def __init__(self, name):
        # TODO: store the name that was passed in, not a fixed text.
        self.name = "Robot"

    def greet(self):
        return f"Beep! I am {self.name}."


ada = Robot("Ada")

# TODO: make bolt a Robot named "Bolt".
bolt = None


# --- tests: read them, don't change them ---


def test_a_robot_greets_with_its_own_name():
    assert ada.greet() == "Beep! I am Ada."
    assert Robot("Zed").greet() == "Beep! I am Zed."


def test_each_robot_keeps_its_own_name():
    first = Robot("R2")
    second = Robot("C3")
    assert first.greet() == "Beep! I am R2."
    assert second.greet() == "Beep! I am C3."


def test_bolt_is_a_second_robot_object():
    assert isinstance(bolt, Robot), "bolt must be an object made from the Robot class"
    assert bolt is not ada
    assert bolt.greet() == "Beep! I am Bolt."
    assert ada.greet() == "Beep! I am Ada."
