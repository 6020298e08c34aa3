def celsius_to_fahrenheit(celsius):
    """Convert degrees Celsius to degrees Fahrenheit.

    >>> round(celsius_to_fahrenheit(36.6), 1)
    97.9
    """
    return celsius * 9 / 5 + 32
