raining = False

print("Weather report")
print("Have a nice day!")
