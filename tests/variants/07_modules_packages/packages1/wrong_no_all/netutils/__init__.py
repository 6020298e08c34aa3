from .addresses import is_private
from .ports import parse_port
