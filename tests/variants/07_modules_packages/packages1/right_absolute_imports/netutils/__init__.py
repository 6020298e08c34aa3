__all__ = ("parse_port", "is_private")

from netutils.addresses import is_private
from netutils.ports import parse_port
