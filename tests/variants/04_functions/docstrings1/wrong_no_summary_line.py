def celsius_to_fahrenheit(celsius):
    """>>> celsius_to_fahrenheit(100)
    212.0
    """
    return celsius * 9 / 5 + 32
