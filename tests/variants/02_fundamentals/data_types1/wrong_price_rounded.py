title = "Dune"
pages = 412
price = 10
in_stock = True
sequel = None
