assert isinstance(3, str), f"expected str, got {type(3).__name__}"
