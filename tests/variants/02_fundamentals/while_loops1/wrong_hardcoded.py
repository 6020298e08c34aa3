START = 1000
PERCENT = 10

print("Year 1 balance: 1100")
print("Year 2 balance: 1210")
print("Year 3 balance: 1331")
print("Year 4 balance: 1464")
print("Year 5 balance: 1610")
print("Year 6 balance: 1771")
print("Year 7 balance: 1948")
print("Year 8 balance: 2142")
print("Doubled after 8 years.")
