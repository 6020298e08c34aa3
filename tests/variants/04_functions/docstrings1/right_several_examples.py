def celsius_to_fahrenheit(celsius):
    """Turn Celsius into Fahrenheit.

    Water boils at 100 degrees Celsius:

    >>> celsius_to_fahrenheit(100)
    212.0

    and both scales meet at minus forty:

    >>> celsius_to_fahrenheit(-40) == -40
    True
    """
    return celsius * 9 / 5 + 32
