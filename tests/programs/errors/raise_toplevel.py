# Pins `raise ValueError("boom")` at top level: last stderr line 'ValueError: boom' and exit status 1.
print("about to raise")
raise ValueError("boom")
