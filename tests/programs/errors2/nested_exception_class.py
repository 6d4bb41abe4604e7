# A nested exception class of __main__ is named by its qualname.
class Parser:
    class Error(ValueError):
        def __init__(self, line, msg):
            super().__init__(f"line {line}: {msg}")
            self.line = line

    def parse(self, text):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip().endswith(";"):
                raise Parser.Error(n, f"missing ';' in {line.strip()!r}")
        return "ok"


p = Parser()
print(p.parse("a = 1;\nb = 2;"))
p.parse("a = 1;\nb = 2")
