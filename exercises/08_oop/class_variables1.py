"""Class variables vs instance variables.

A variable assigned in the class body belongs to the class and is shared
by ALL instances; one assigned on `self` belongs to a single object. Give
every team its own member list, and make `Team.created` count how many
teams have been made (on the class, not on one team).
"""


class Team:
    created = 0
    members = []  # TODO: this one list is shared by every team.

    def __init__(self, name):
        self.name = name
        # TODO: `self.created += 1` makes a new attribute on this one team.
        self.created += 1

    def join(self, person):
        self.members.append(person)


# --- tests: read them, don't change them ---


def test_a_new_team_starts_empty():
    assert Team("Ops").members == []


def test_teams_have_their_own_members():
    ops = Team("Ops")
    dev = Team("Dev")
    ops.join("Ada")
    dev.join("Linus")
    assert ops.members == ["Ada"]
    assert dev.members == ["Linus"]


def test_created_counts_every_team():
    before = Team.created
    Team("Red")
    Team("Blue")
    assert Team.created == before + 2


def test_every_team_sees_the_same_count():
    first = Team("Green")
    second = Team("Gold")
    assert first.created == second.created == Team.created
