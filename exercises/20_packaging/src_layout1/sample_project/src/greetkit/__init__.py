"""Friendly greetings."""

from greetkit.core import greet

__all__ = ["greet"]
