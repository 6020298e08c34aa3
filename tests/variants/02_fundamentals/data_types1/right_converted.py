title = str("Dune")
pages = int("412")
price = float("9.99")
in_stock = 412 > 0
sequel = None
