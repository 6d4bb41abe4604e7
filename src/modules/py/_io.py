"""File objects for open(): text and binary, read, write, append and
update ('+') modes.

A file object keeps a window of the file's bytes in memory: the whole file
when it can be read (read at open), else just what was written since the
last flush. Writes change the window and reach the file at flush() or
close(); positions are byte offsets in the file, for text files too (as
CPython's tell() cookies are when no decoder state is pending).
"""

import _fileio

# A write-only file flushes once this much is waiting.
_WRITE_LIMIT = 1 << 16


class _UnsupportedOperation(OSError, ValueError):
    pass


_UnsupportedOperation.__name__ = "UnsupportedOperation"
_UnsupportedOperation.__qualname__ = "UnsupportedOperation"
UnsupportedOperation = _UnsupportedOperation


class _FileBase:
    def __init__(self, name, mode, readable, writable, appending, data, base):
        self.name = name
        self.mode = mode
        self._readable = readable
        self._writable = writable
        self._appending = appending
        # The file's bytes from offset _base on.
        self._buf = bytearray(data)
        self._base = base
        self._pos = base + len(data) if appending else 0
        # The lowest file offset changed since the last flush, and whether
        # the file must then be cut to the window's end.
        self._dirty = None
        self._cut = False
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _check_readable(self, what="not readable"):
        self._check()
        if not self._readable:
            raise _UnsupportedOperation(what)

    def _check_writable(self, what="not writable"):
        self._check()
        if not self._writable:
            raise _UnsupportedOperation(what)

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def fileno(self):
        self._check()
        raise _UnsupportedOperation("fileno")

    def isatty(self):
        self._check()
        return False

    # The byte layer.

    def _end(self):
        return self._base + len(self._buf)

    def _read_bytes(self, size):
        """Up to size bytes (all when size < 0) from the position on."""
        start = self._pos - self._base
        if start >= len(self._buf):
            return b""
        end = len(self._buf) if size < 0 else start + size
        out = bytes(self._buf[start:end])
        self._pos += len(out)
        return out

    def _peek_bytes(self):
        """The bytes from the position to the end, without moving."""
        return bytes(self._buf[max(self._pos - self._base, 0):])

    def _write_bytes(self, data):
        if self._appending:
            self._pos = self._end()
        elif not self._readable and not (self._base <= self._pos <= self._end()):
            # A write-only window holds one run of written bytes.
            self.flush()
            self._base = self._pos
        at = self._pos - self._base
        if at > len(self._buf):
            self._buf.extend(bytes(at - len(self._buf)))
        self._buf[at:at + len(data)] = data
        if self._dirty is None or self._pos < self._dirty:
            self._dirty = self._pos
        self._pos += len(data)
        if not self._readable and len(self._buf) > _WRITE_LIMIT:
            self.flush()

    def flush(self):
        self._check()
        if self._dirty is None:
            return
        data = bytes(self._buf[self._dirty - self._base:])
        size = self._end() if self._cut else None
        _fileio.write_at(self.name, data, self._dirty, self._appending, size)
        self._dirty = None
        self._cut = False
        if not self._readable:
            self._base = self._end()
            self._buf = bytearray()

    def _seek_bytes(self, pos, whence):
        if whence == 0:
            target = pos
        elif whence == 1:
            target = self._pos + pos
        elif whence == 2:
            target = self._file_end() + pos
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if target < 0:
            raise OSError(22, "Invalid argument")
        self._pos = target
        return target

    def _file_end(self):
        if self._readable or self._appending:
            return self._end()
        self.flush()
        return _fileio.size(self.name)

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check_writable("truncate")
        if size is None:
            size = self._pos
        if size < 0:
            raise OSError(22, "Invalid argument")
        if self._readable:
            if size < len(self._buf):
                del self._buf[size:]
            else:
                self._buf.extend(bytes(size - len(self._buf)))
            self._cut = True
            if self._dirty is None or size < self._dirty:
                self._dirty = size
        else:
            self.flush()
            _fileio.write_at(self.name, b"", size, False, size)
            self._base = size if self._appending else self._pos
        return size

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

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

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class _BinaryFile(_FileBase):
    _binary = True

    def read(self, size=-1):
        self._check_readable("read")
        return self._read_bytes(-1 if size is None else size)

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_readable("read")
        rest = self._peek_bytes()
        end = rest.find(b"\n")
        end = len(rest) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, size)
        return self._read_bytes(end)

    def write(self, b):
        self._check_writable("write")
        if not isinstance(b, (bytes, bytearray, memoryview)):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        data = bytes(b)
        self._write_bytes(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check()
        return self._seek_bytes(pos, whence)


class BufferedReader(_BinaryFile):
    def __repr__(self):
        return f"<_io.BufferedReader name={self.name!r}>"


class BufferedWriter(_BinaryFile):
    def __repr__(self):
        return f"<_io.BufferedWriter name={self.name!r}>"


class BufferedRandom(_BinaryFile):
    def __repr__(self):
        return f"<_io.BufferedRandom name={self.name!r}>"


class TextIOWrapper(_FileBase):
    _binary = False

    def _setup(self, encoding, errors, newline):
        self._encoding = encoding or "utf-8"
        self._errors = errors or "strict"
        self._newline = newline
        self.encoding = "UTF-8" if encoding is None else encoding
        self.errors = self._errors

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"

    def _decode(self, data):
        text = data.decode(self._encoding, self._errors)
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _decode_prefix(self, data):
        """The text of the longest prefix of data that decodes whole."""
        while True:
            try:
                return data.decode(self._encoding, self._errors)
            except UnicodeDecodeError as e:
                if e.start < len(data) - 4 or e.reason != "unexpected end of data":
                    raise
                data = data[:e.start]

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            return self._decode(self._read_bytes(-1))
        rest = self._peek_bytes()
        # No character takes more than 4 bytes, so this prefix holds
        # `size` characters unless the file ends first.
        raw = self._decode_prefix(rest[:4 * size + 4])
        i = 0
        count = 0
        while count < size and i < len(raw):
            if self._newline is None and raw[i] == "\r" and raw[i + 1:i + 2] == "\n":
                i += 2
            else:
                i += 1
            count += 1
        taken = raw[:i]
        nbytes = len(taken.encode(self._encoding, self._errors))
        if self._newline is None and taken.endswith("\r") and rest[nbytes:nbytes + 1] == b"\n":
            nbytes += 1
        return self._decode(self._read_bytes(nbytes))

    def _line_end(self, rest):
        """The length in bytes of the first line of rest, its end included."""
        nl = self._newline
        if nl is None or nl == "":
            n = rest.find(b"\n")
            r = rest.find(b"\r")
            if r >= 0 and (n < 0 or r < n):
                return r + 2 if rest[r + 1:r + 2] == b"\n" else r + 1
            return len(rest) if n < 0 else n + 1
        sep = nl.encode(self._encoding)
        at = rest.find(sep)
        return len(rest) if at < 0 else at + len(sep)

    def readline(self, size=-1):
        self._check_readable()
        rest = self._peek_bytes()
        end = self._line_end(rest)
        if size is not None and size >= 0:
            line = self._decode_prefix(rest[:end])
            if len(line) > size:
                return self.read(size)
        return self._decode(self._read_bytes(end))

    def write(self, s):
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self._write_bytes(text.encode(self._encoding, self._errors))
        return len(s)

    def seek(self, cookie, whence=0):
        self._check()
        if whence == 1:
            if cookie != 0:
                raise _UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self._pos
        if whence == 2:
            if cookie != 0:
                raise _UnsupportedOperation("can't do nonzero end-relative seeks")
            return self._seek_bytes(0, 2)
        if whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        return self._seek_bytes(cookie, 0)


def open(file=None, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if file is None:
        raise TypeError("open() missing required argument 'file' (pos 1)")
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
    updating = "+" in modes
    binary = "b" in modes
    if "t" in modes and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline}")
    readable = reading or updating
    writable = not reading or updating
    data = b""
    base = 0
    if reading:
        data = _fileio.read(file)
    elif creating:
        _fileio.create(file)
    elif writing:
        _fileio.write_at(file, b"", 0, False, 0)
    else:
        _fileio.write_at(file, b"", 0, True, None)
        if updating:
            data = _fileio.read(file)
        else:
            base = _fileio.size(file)
    if binary:
        if updating:
            cls = BufferedRandom
        elif reading:
            cls = BufferedReader
        else:
            cls = BufferedWriter
        kind = "x" if creating else "a" if appending else "w" if writing and not updating else "r"
        raw_mode = kind + "b" + ("+" if updating else "")
    else:
        cls = TextIOWrapper
        raw_mode = mode
    f = cls(file, raw_mode, readable, writable, appending, data, base)
    if not binary:
        f._setup(encoding, errors, newline)
    return f
