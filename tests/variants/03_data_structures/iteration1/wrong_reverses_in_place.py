def leaderboard(players, points):
    lines = []
    for number, (player, score) in enumerate(zip(players, points), start=1):
        lines.append(f"{number}. {player} - {score} points")
    return lines


def from_the_bottom(players):
    players.reverse()
    return players
