"""Module docstring of the test."""
# Module attributes: __name__, __doc__, __file__, __cached__, __package__.
import _helper
import _pkg

print(__name__, __doc__, __package__, __spec__, __cached__)
print(__file__.endswith("module_attrs.py"))
print(_helper.__name__, repr(_helper.__package__), _helper.__file__.endswith("/_helper.py"))
print(_helper.__cached__.endswith("/__pycache__/_helper.cpython-311.pyc"))
print(_helper.__cached__.rsplit("/", 2)[0] == _helper.__file__.rsplit("/", 1)[0])
print(_pkg.__name__, _pkg.__package__, _pkg.__file__.endswith("/_pkg/__init__.py"))
print(_pkg.__cached__.endswith("/_pkg/__pycache__/__init__.cpython-311.pyc"))
print(sorted(k for k in ("__name__", "__doc__", "__file__", "__cached__", "__package__") if k in vars(_helper)))
