PREDICTION = """
['alpha', 'betagamma']
alpha ['alpha', 'betagamma'] False
['ALPha', 'betagamma']
True
"""
