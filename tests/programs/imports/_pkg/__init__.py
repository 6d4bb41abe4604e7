print("pkg init", __name__, __package__)
V = 1
