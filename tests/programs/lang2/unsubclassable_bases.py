for base in (bool, type(None), range, slice, type(lambda: 0)):
    try:
        class C(base): pass
        print("allowed", base.__name__)
    except TypeError as e: print(e)
