def celsius_to_fahrenheit(celsius):
    '''Return the Fahrenheit value of a Celsius temperature.

    Args:
        celsius: the temperature in degrees Celsius.

    Example:
        >>> celsius_to_fahrenheit(0)
        32.0
    '''
    return celsius * 9 / 5 + 32
