def leaderboard(players, points):
    lines = []
    for index in range(len(players)):
        lines.append(str(index + 1) + ". " + players[index] + " - " + str(points[index]) + " points")
    return lines


def from_the_bottom(players):
    return players[::-1]
