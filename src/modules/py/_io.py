"""File objects for open(): text and binary, read, write and append modes.

A file opened for reading is read whole at open; writes are buffered and
reach the file at flush() or close().
"""

import _fileio


class _FileBase:
    def __init__(self, name, mode, binary, data, writing, appending):
        self.name = name
        self.mode = mode
        self._binary = binary
        self._data = data
        self._pos = 0
        self._writing = writing
        self._appending = appending
        self._pending = []
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _check_readable(self):
        self._check()
        if self._data is None:
            raise _UnsupportedOperation("not readable")

    def readable(self):
        self._check()
        return self._data is not None

    def writable(self):
        self._check()
        return self._writing

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            out = self._data[self._pos:]
        else:
            out = self._data[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        self._check_readable()
        nl = b"\n" if self._binary else "\n"
        end = self._data.find(nl, self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check()
        if not self._writing:
            raise _UnsupportedOperation("not writable")
        if self._binary:
            if not isinstance(s, (bytes, bytearray)):
                raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
            self._pending.append(bytes(s))
        else:
            if not isinstance(s, str):
                raise TypeError(f"write() argument must be str, not {type(s).__name__}")
            self._pending.append(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()
        if self._pending:
            if self._binary:
                data = b"".join(self._pending)
            else:
                data = "".join(self._pending).encode("utf-8")
            self._pending = []
            _fileio.write(self.name, data, True)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            self._pos = pos
        elif whence == 2 and self._data is not None:
            self._pos = len(self._data) + pos
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def close(self):
        if not self._closed:
            self.flush()
            self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()


class _UnsupportedOperation(OSError, ValueError):
    pass


_UnsupportedOperation.__name__ = "UnsupportedOperation"
_UnsupportedOperation.__qualname__ = "UnsupportedOperation"
UnsupportedOperation = _UnsupportedOperation


class TextIOWrapper(_FileBase):
    encoding = "UTF-8"

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding='UTF-8'>"


class BufferedReader(_FileBase):
    def __repr__(self):
        return f"<_io.BufferedReader name={self.name!r}>"


class BufferedWriter(_FileBase):
    def __repr__(self):
        return f"<_io.BufferedWriter name={self.name!r}>"


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, str):
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError(f"invalid mode: '{mode}'")
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    binary = "b" in modes
    if "t" in modes and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if "+" in modes:
        raise ValueError("update modes ('+') are not supported")
    data = None
    if reading:
        raw = _fileio.read(file)
        if binary:
            data = raw
        else:
            data = raw.decode(encoding or "utf-8")
            if newline is None:
                data = data.replace("\r\n", "\n").replace("\r", "\n")
    elif creating:
        _fileio.create(file)
    elif writing:
        _fileio.write(file, b"", False)
    else:
        _fileio.write(file, b"", True)
    if not binary:
        cls = TextIOWrapper
    elif reading:
        cls = BufferedReader
    else:
        cls = BufferedWriter
    return cls(file, mode, binary, data, not reading, appending)
