import sys
WHERE = "libdir"
def whoami():
    return __name__
