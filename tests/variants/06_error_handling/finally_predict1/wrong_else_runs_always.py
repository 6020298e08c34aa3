PREDICTION = """
ok ['try', 'else', 'finally']
recovered ['try', 'except', 'else', 'finally']
crashed ['try', 'finally']
finally sees 11
returned 1
"""
