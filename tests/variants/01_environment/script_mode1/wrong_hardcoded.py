FOLDER = "reports"

print("__name__ is", __name__)
print("Backing up", FOLDER)
