from .. import mod2
from ..mod2 import Z as ZZ
S = mod2.Z + ZZ
