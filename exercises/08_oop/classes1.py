"""Classes and objects.

A class is a blueprint; every object made from it keeps its own data.
Fix `Robot.__init__` so each robot remembers the name it was given, then
create a second robot called "Bolt" and print its greeting too.
"""


class Robot:
    def __init__(self, name):
        # TODO: store the name that was passed in, not a fixed text.
        self.name = "Robot"

    def greet(self):
        return f"Beep! I am {self.name}."


ada = Robot("Ada")
print(ada.greet())

# TODO: create a Robot named "Bolt" and print its greeting.

print(type(ada).__name__)
print(isinstance(ada, Robot))
