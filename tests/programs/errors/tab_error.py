# Pins a TabError for a block indented with a tab in one line and spaces in the next.
if True:
	x = 1
        y = 2
print(x, y)
