raise SyntaxError("custom bad")
