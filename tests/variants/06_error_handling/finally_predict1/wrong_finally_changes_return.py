PREDICTION = """
ok ['try', 'else', 'finally']
recovered ['try', 'except', 'finally']
crashed ['try', 'finally']
finally sees 11
returned 11
"""
