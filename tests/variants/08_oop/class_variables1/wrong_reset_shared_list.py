class Team:
    created = 0
    members = []

    def __init__(self, name):
        self.name = name
        Team.members = []
        Team.created += 1

    def join(self, person):
        self.members.append(person)
