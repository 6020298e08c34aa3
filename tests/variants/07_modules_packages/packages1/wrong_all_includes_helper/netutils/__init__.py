from . import _checks
from .addresses import is_private
from .ports import parse_port

__all__ = ["is_private", "parse_port", "_checks"]
