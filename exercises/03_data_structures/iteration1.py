"""Iteration patterns: enumerate, zip and reversed.

`players` and `points` are parallel lists: the first player has the first
score, and so on. Print a leaderboard numbered from 1 with each player's
points, then the players from last place to first.
"""

players = ["Ada", "Grace", "Linus"]
points = [42, 37, 29]

print("Leaderboard")
# TODO: number the lines from 1, and walk `players` and `points` together.
for number, player in enumerate(players):
    print(f"{number}. {player} - ? points")

print("From the bottom:")
# TODO: go through the players from the last one to the first.
for player in players:
    print(player)
