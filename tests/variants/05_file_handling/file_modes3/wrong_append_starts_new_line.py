PREDICTION = """
['alpha', 'beta', 'gamma']
alpha ['beta', 'gamma'] True
['ALPha', 'beta', 'gamma']
True
"""
