"""Read: which method does super() call?

`super()` does not mean "my parent class". It means "the next class in
the method resolution order (MRO) of the object's class", and every class
has one: `SomeClass.__mro__`. Read the classes below and answer each
question with a literal list of class names. Work the answers out by
reading before you run anything: that is the skill this exercise trains.
"""

# 1. The names in Service.__mro__, in order (include "object" at the end).
ANSWER_1 = ("Service", "Logging", "Caching", "Base", "object")

# 2. What does Service().setup() return?
ANSWER_2 = ["Service", "Logging", "Caching", "Base"]

# 3. What does Logging().setup() return?
ANSWER_3 = ('Logging', 'Base')

# 4. What does App().setup() return?
ANSWER_4 = ["App", "Logging", "Quiet"]


class Base:
    def setup(self):
        return ["Base"]


class Logging(Base):
    def setup(self):
        return ["Logging"] + super().setup()


class Caching(Base):
    def setup(self):
        return ["Caching"] + super().setup()


class Service(Logging, Caching):
    def setup(self):
        return ["Service"] + super().setup()


class Quiet(Base):
    def setup(self):
        return ["Quiet"]


class App(Logging, Quiet):
    def setup(self):
        return ["App"] + super().setup()


