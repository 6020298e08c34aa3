raining = False

print("Weather report")
if raining:
    print("It is raining.")
print("Have a nice day!")
