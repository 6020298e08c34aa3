PREDICTION = """

['alpha', 'betagamma']   
alpha ['betagamma'] True
['ALPha', 'betagamma']
True

"""
