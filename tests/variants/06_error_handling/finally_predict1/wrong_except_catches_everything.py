PREDICTION = """
ok ['try', 'else', 'finally']
recovered ['try', 'except', 'finally']
recovered ['try', 'except', 'finally']
finally sees 11
returned 1
"""
