from . import mod2
from .mod2 import Z
W = Z + 1
