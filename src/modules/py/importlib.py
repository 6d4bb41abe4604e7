"""A pure Python implementation of import (the parts programs call)."""

import sys


def import_module(name, package=None):
    """Import a module; a relative name needs the anchor `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
        bits = package.rsplit('.', level - 1)
        if len(bits) < level:
            raise ImportError('attempted relative import beyond top-level package')
        base = bits[0]
        name = f'{base}.{name[level:]}' if name[level:] else base
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run a module's code again in its namespace."""
    name = module.__name__
    path = getattr(module, '__file__', None)
    if path is None:
        return module
    with open(path) as f:
        source = f.read()
    exec(compile(source, path, 'exec'), module.__dict__)
    return module
