class Team:
    created = 0

    def __init__(self, name, members=None):
        self.name = name
        self.members = list(members) if members else []
        self._count_one()

    @classmethod
    def _count_one(cls):
        cls.created += 1

    def join(self, person):
        self.members = self.members + [person]
