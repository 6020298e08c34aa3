raining = False

print("Weather report")
if raining:
    print("It is raining.")
    print("Take an umbrella!")
    print("Have a nice day!")
