"""Iteration patterns: enumerate, zip and reversed.

`players` and `points` are parallel lists: the first player has the first
score, and so on. `leaderboard(players, points)` must return one line per
player, numbered from 1, in the order of the lists: "1. Ada - 42 points".
`from_the_bottom(players)` must return the players from the last one to the
first, as a list, without changing `players`.
"""


def leaderboard(players, points):
    lines = []
    # TODO: number the lines from 1, and walk `players` and `points` together.
    for number, player in enumerate(players):
        lines.append(f"{number}. {player} - ? points")
    return lines


def from_the_bottom(players):
    bottom_up = []
    # TODO: go through the players from the last one to the first.
    for player in players:
        bottom_up.append(player)
    return bottom_up


# --- tests: read them, don't change them ---


def test_leaderboard_numbers_from_one_with_the_points():
    assert leaderboard(["Ada", "Grace", "Linus"], [42, 37, 29]) == [
        "1. Ada - 42 points",
        "2. Grace - 37 points",
        "3. Linus - 29 points",
    ]


def test_leaderboard_pairs_each_player_with_their_own_points():
    assert leaderboard(["Zoe", "Max"], [8, 15]) == ["1. Zoe - 8 points", "2. Max - 15 points"]


def test_leaderboard_of_nobody():
    assert leaderboard([], []) == []


def test_from_the_bottom_reverses_the_order():
    assert from_the_bottom(["Grace", "Ada", "Linus"]) == ["Linus", "Ada", "Grace"]


def test_from_the_bottom_leaves_the_list_alone():
    players = ["Grace", "Ada", "Linus"]
    from_the_bottom(players)
    assert players == ["Grace", "Ada", "Linus"]
