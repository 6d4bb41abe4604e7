"""Module specs and loaders: the `__spec__` and `__loader__` of modules
(CPython's importlib._bootstrap classes, reduced to their attributes)."""


class ModuleSpec:
    """The specification for a module, used for loading."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self._set_fileattr = False

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr


class BuiltinImporter:
    """Meta path import for built-in modules."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @staticmethod
    def is_package(fullname):
        return False


class FrozenImporter:
    """Meta path import for frozen modules."""

    _ORIGIN = 'frozen'

    @staticmethod
    def is_package(fullname):
        return False


class SourceFileLoader:
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def is_package(self, fullname):
        return self.path.rpartition('/')[2] == '__init__.py'


SourceFileLoader.__module__ = '_frozen_importlib_external'


def _spec(name, kind, path, package_dir):
    """(spec, loader) for module `name`: `kind` is 'builtin', 'frozen' or
    'source' (a file at `path`, a package when `package_dir` is set)."""
    if kind == 'builtin':
        return ModuleSpec(name, BuiltinImporter, origin='built-in'), BuiltinImporter
    if kind == 'frozen':
        return ModuleSpec(name, FrozenImporter, origin='frozen'), FrozenImporter
    loader = SourceFileLoader(name, path)
    spec = ModuleSpec(name, loader, origin=path, is_package=package_dir is not None)
    if package_dir is not None:
        spec.submodule_search_locations.append(package_dir)
    spec._set_fileattr = True
    return spec, loader


def _main_loader(path):
    """The `__loader__` of a script run as `__main__` (`-c` and stdin
    have the built-in importer)."""
    if path.startswith('<'):
        return BuiltinImporter
    return SourceFileLoader('__main__', path)
