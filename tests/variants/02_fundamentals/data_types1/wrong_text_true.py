title = "Dune"
pages = 412
price = 9.99
in_stock = "True"
sequel = None
