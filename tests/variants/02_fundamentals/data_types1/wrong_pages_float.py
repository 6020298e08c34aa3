title = "Dune"
pages = 412.0
price = 9.99
in_stock = True
sequel = None
