PREDICTION = """
['alpha', 'betagamma']
alpha ['betagamma'] True
['ALPalpha', 'betagamma']
True
"""
