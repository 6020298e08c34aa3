class Team:
    created = 0

    def __init__(self, name, members=[]):
        self.name = name
        self.members = members
        Team.created += 1

    def join(self, person):
        self.members.append(person)
