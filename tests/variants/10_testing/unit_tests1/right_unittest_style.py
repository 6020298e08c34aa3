"""Unit testing basics: test one small unit, one behaviour per test."""


def is_leap_year(year):
    """Leap years are divisible by 4, except centuries, except every 400 years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


import unittest


class LeapYearTests(unittest.TestCase):
    def test_divisible_by_4(self):
        self.assertTrue(is_leap_year(2016))

    def test_not_divisible_by_4(self):
        self.assertFalse(is_leap_year(2017))

    def test_century(self):
        self.assertFalse(is_leap_year(1700))

    def test_400_years(self):
        self.assertTrue(is_leap_year(1200))
