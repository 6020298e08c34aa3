"""shop: a tiny package whose modules say when they run."""
print("package shop runs as", __name__)
