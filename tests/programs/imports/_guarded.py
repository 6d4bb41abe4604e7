def main():
    return "main ran"
print("module name is", __name__)
if __name__ == "__main__":
    print("should not print on import")
counter = 0
def bump():
    global counter
    counter += 1
    return counter
