def celsius_to_fahrenheit(celsius):
    """Convert a temperature from degrees Celsius to degrees Fahrenheit.

    >>> celsius_to_fahrenheit(100)
    212
    """
    return celsius * 9 / 5 + 32
