"""Iteration patterns: enumerate, zip and reversed.

`players` and `points` are parallel lists: the first player has the first
score, and so on. Print a leaderboard numbered from 1 with each player's
points, then the players from last place to first.
"""

players = ["Ada", "Grace", "Linus"]
points = [42, 37, 29]

print("Leaderboard")
for number, (player, score) in enumerate(zip(players, points), start=1):
    print(f"{number}. {player} - {score} points")

print("From the bottom:")
for player in reversed(players):
    print(player)
