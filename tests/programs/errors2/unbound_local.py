def f():
    print(local_x)
    local_x = 1
f()
