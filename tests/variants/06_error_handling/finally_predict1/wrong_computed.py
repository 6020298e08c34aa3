LINES = ["ok", "recovered", "crashed", "finally sees 11", "returned 1"]
PREDICTION = "\n".join(LINES)
