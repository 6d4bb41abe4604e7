print("before")
import _bad
