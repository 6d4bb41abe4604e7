class Base:
    def area(self):
        raise NotImplementedError
Base().area()
