"""Classes and objects.

A class is a blueprint; every object made from it keeps its own data.
Fix `Robot.__init__` so each robot remembers the name it was given, then
create a second robot called "Bolt" and print its greeting too.
"""


class Robot:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"Beep! I am {self.name}."


ada = Robot("Ada")
print(ada.greet())

bolt = Robot("Bolt")
print(bolt.greet())

print(type(ada).__name__)
print(isinstance(ada, Robot))
