def leaderboard(players, points):
    pairs = zip(players, points)
    return [f"{n}. {player} - {score} points" for n, (player, score) in enumerate(pairs, 1)]


def from_the_bottom(players):
    return list(reversed(players))
