PREDICTION = """
ok ['try', 'else']
recovered ['try', 'except']
crashed ['try', 'finally']
finally sees 11
returned 1
"""
