PREDICTION = """
ok ['try', 'else', 'finally']
recovered ['try', 'except', 'finally']
crashed ['try', 'finally']
returned 1
finally sees 11
"""
