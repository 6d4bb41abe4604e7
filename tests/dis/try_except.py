def f(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        print("caught", e)
    finally:
        print("done")

f(0)
