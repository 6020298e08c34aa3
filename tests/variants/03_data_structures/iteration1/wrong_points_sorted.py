def leaderboard(players, points):
    lines = []
    for number, (player, score) in enumerate(zip(players, sorted(points, reverse=True)), start=1):
        lines.append(f"{number}. {player} - {score} points")
    return lines


def from_the_bottom(players):
    return list(reversed(players))
