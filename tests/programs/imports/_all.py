__all__ = ["public", "_private_but_listed"]
public = 1
_private_but_listed = 2
unlisted = 3
