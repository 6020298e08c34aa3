state = {"total": 0}


def subtotal(prices, order):
    state["total"] = sum(prices[item] * quantity for item, quantity in order.items())
    return state["total"]


def discount():
    return state["total"] // 10 if state["total"] >= 10000 else 0


def checkout(prices, order):
    return subtotal(prices, order) - discount()
