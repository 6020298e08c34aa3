TABLE = 7

print("7 x 1 = 7")
print("7 x 2 = 14")
print("7 x 3 = 21")
print("7 x 4 = 28")
print("7 x 5 = 35")
print("7 x 6 = 42")
print("7 x 7 = 49")
print("7 x 8 = 56")
print("7 x 9 = 63")
print("7 x 10 = 70")
