class A:
    _registry = ["a", "b"]
    @classmethod
    @property
    def count(cls):
        return len(cls._registry)
    @classmethod
    @property
    def label(cls):
        return "class " + cls.__name__
class B(A):
    _registry = ["x"]
print(A.count, B.count, A().label, B.label)
