class Team:
    created = 0

    def __init__(self, name):
        self.name = name
        self.members = []
        self.created += 1

    def join(self, person):
        self.members.append(person)
