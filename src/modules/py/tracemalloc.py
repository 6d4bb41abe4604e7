# tracemalloc: where memory was allocated. The traces are recorded by
# Ferrite's heap (the native _tracemalloc); this module gives them
# CPython's classes: Snapshot, Statistic, StatisticDiff, Traceback, Frame,
# Trace, Filter and DomainFilter, with the same sorting and formatting.

from _tracemalloc import (start, stop, is_tracing, clear_traces,
                          get_traced_memory, reset_peak, get_traceback_limit,
                          get_tracemalloc_memory, _get_traces,
                          _get_object_traceback)


_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _format_size(size, sign):
    # Below 100 of a unit past bytes: one decimal; below 10240 (or in
    # TiB): none; otherwise on to the next unit.
    for unit in _UNITS:
        if unit != 'B' and abs(size) < 100:
            return ("%+.1f %s" if sign else "%.1f %s") % (size, unit)
        if unit == 'TiB' or abs(size) < 10 * 1024:
            return ("%+.0f %s" if sign else "%.0f %s") % (size, unit)
        size /= 1024


def _average(size, count):
    if count:
        return ", average=%s" % _format_size(size / count, False)
    return ""


class Statistic:
    """Statistic on memory allocations of one traceback."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def _key(self):
        return (self.traceback, self.size, self.count)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if isinstance(other, Statistic):
            return self._key() == other._key()
        return NotImplemented

    def __str__(self):
        return ("%s: size=%s, count=%i%s"
                % (self.traceback, _format_size(self.size, False),
                   self.count, _average(self.size, self.count)))

    def __repr__(self):
        return ('<Statistic traceback=%r size=%i count=%i>'
                % (self.traceback, self.size, self.count))

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """Difference of the statistics of one traceback between an old and a
    new snapshot."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _key(self):
        return (self.traceback, self.size, self.size_diff,
                self.count, self.count_diff)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if isinstance(other, StatisticDiff):
            return self._key() == other._key()
        return NotImplemented

    def __str__(self):
        return ("%s: size=%s (%s), count=%i (%+i)%s"
                % (self.traceback, _format_size(self.size, False),
                   _format_size(self.size_diff, True), self.count,
                   self.count_diff, _average(self.size, self.count)))

    def __repr__(self):
        return ('<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>'
                % (self.traceback, self.size, self.size_diff,
                   self.count, self.count_diff))

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff),
                self.count, self.traceback)


class Frame:
    """One frame of a traceback: filename and line number."""

    __slots__ = ('_frame',)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if isinstance(other, Frame):
            return self._frame == other._frame
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Frame):
            return self._frame != other._frame
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Frame):
            return self._frame < other._frame
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, Frame):
            return self._frame <= other._frame
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Frame):
            return self._frame > other._frame
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Frame):
            return self._frame >= other._frame
        return NotImplemented

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self._frame[0], self._frame[1])

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self._frame[0], self._frame[1])


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except (OSError, UnicodeDecodeError):
        pass
    return ''


class Traceback:
    """The frames of an allocation, the oldest first."""

    __slots__ = ('_frames', '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        # _tracemalloc gives the most recent frame first.
        self._frames = tuple(frames[::-1])
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple([Frame(f) for f in self._frames[index]])
        return Frame(self._frames[index])

    def __iter__(self):
        for f in self._frames:
            yield Frame(f)

    def __reversed__(self):
        for f in self._frames[::-1]:
            yield Frame(f)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def index(self, frame):
        return self._frames.index(frame._frame)

    def count(self, frame):
        return self._frames.count(frame._frame)

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if isinstance(other, Traceback):
            return self._frames == other._frames
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Traceback):
            return self._frames != other._frames
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Traceback):
            return self._frames < other._frames
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, Traceback):
            return self._frames <= other._frames
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Traceback):
            return self._frames > other._frames
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Traceback):
            return self._frames >= other._frames
        return NotImplemented

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = "<Traceback %r" % (tuple(self),)
        if self._total_nframe is None:
            return text + ">"
        return text + " total_nframe=%s>" % (self._total_nframe,)

    def format(self, limit=None, most_recent_first=False):
        frames = self._frames
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:limit]
        if most_recent_first:
            frames = frames[::-1]
        lines = []
        for filename, lineno in frames:
            lines.append('  File "%s", line %s' % (filename, lineno))
            source = _source_line(filename, lineno)
            if source:
                lines.append('    %s' % source)
        return lines


def get_object_traceback(obj):
    """The traceback where obj was allocated, or None when it was not
    traced."""
    frames = _get_object_traceback(obj)
    if frames is None:
        return None
    return Traceback(frames)


class Trace:
    """The trace of one memory block."""

    __slots__ = ('_trace',)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if isinstance(other, Trace):
            return self._trace == other._trace
        return NotImplemented

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return ("<Trace domain=%s size=%s, traceback=%r>"
                % (self.domain, _format_size(self.size, False), self.traceback))


class _Traces:
    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple([Trace(t) for t in self._traces[index]])
        return Trace(self._traces[index])

    def __iter__(self):
        for t in self._traces:
            yield Trace(t)

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if isinstance(other, _Traces):
            return self._traces == other._traces
        return NotImplemented

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _normalize_filename(filename):
    if filename.endswith('.pyc'):
        return filename[:-1]
    return filename


def _glob_match(name, pattern):
    # fnmatch's rules: * any run, ? one character, [seq] and [!seq] sets.
    # Iterative with backtracking to the last star.
    n, p = 0, 0
    star, mark = -1, 0
    while n < len(name):
        if p < len(pattern):
            c = pattern[p]
            if c == '*':
                star, mark = p, n
                p += 1
                continue
            if c == '[':
                end, ok = _match_set(pattern, p, name[n])
                if end >= 0:
                    if ok:
                        n += 1
                        p = end
                        continue
                elif name[n] == '[':
                    n += 1
                    p += 1
                    continue
            elif c == '?' or c == name[n]:
                n += 1
                p += 1
                continue
        if star < 0:
            return False
        p = star + 1
        mark += 1
        n = mark
    while p < len(pattern) and pattern[p] == '*':
        p += 1
    return p == len(pattern)


def _match_set(pattern, p, ch):
    # Returns (index after the set, whether ch is in it), or (-1, False)
    # when the '[' opens no set (then it is a literal).
    i = p + 1
    negate = i < len(pattern) and pattern[i] == '!'
    if negate:
        i += 1
    first = i
    found = False
    while i < len(pattern) and (pattern[i] != ']' or i == first):
        lo = pattern[i]
        if i + 2 < len(pattern) and pattern[i + 1] == '-' and pattern[i + 2] != ']':
            if lo <= ch <= pattern[i + 2]:
                found = True
            i += 3
        else:
            if lo == ch:
                found = True
            i += 1
    if i >= len(pattern):
        return -1, False
    return i + 1, found != negate


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    def __init__(self, inclusive, filename_pattern,
                 lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _frame_matches(self, filename, lineno):
        if not _glob_match(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _traceback_matches(self, traceback):
        if self.all_frames:
            for filename, lineno in traceback:
                if self._frame_matches(filename, lineno):
                    return self.inclusive
            return not self.inclusive
        filename, lineno = traceback[0]
        return self._frame_matches(filename, lineno) != (not self.inclusive)

    def _match(self, trace):
        res = self._traceback_matches(trace[2])
        if self.domain is None:
            return res
        if self.inclusive:
            return res and trace[0] == self.domain
        return res or trace[0] != self.domain


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        return (trace[0] == self._domain) != (not self.inclusive)


class Snapshot:
    """The traces of the memory blocks live at one moment."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def _keeps(self, include, exclude, trace):
        if include and not any(f._match(trace) for f in include):
            return False
        return not any(not f._match(trace) for f in exclude)

    def filter_traces(self, filters):
        """A new Snapshot with only the traces the filters keep (all of
        them when filters is empty)."""
        try:
            filters = list(filters)
        except TypeError:
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__) from None
        traces = self.traces._traces
        if not filters:
            return Snapshot(list(traces), self.traceback_limit)
        include = [f for f in filters if f.inclusive]
        exclude = [f for f in filters if not f.inclusive]
        kept = [t for t in traces if self._keeps(include, exclude, t)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used "
                             "with key type %r" % key_type)
        stats = {}
        keys = {}

        def add(raw, frames, size):
            tb = keys.get(raw)
            if tb is None:
                tb = keys[raw] = Traceback(frames)
            stat = stats.get(tb)
            if stat is None:
                stats[tb] = Statistic(tb, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for trace in self.traces._traces:
            size = trace[1]
            frames = trace[2]
            if cumulative:
                for frame in frames:
                    if key_type == 'lineno':
                        add(frame, (frame,), size)
                    else:
                        add(frame, ((frame[0], 0),), size)
            elif key_type == 'traceback':
                add(frames, frames, size)
            elif key_type == 'lineno':
                add(frames, frames[:1], size)
            else:
                add(frames, ((frames[0][0], 0),), size)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistics grouped by key_type, the biggest first."""
        stats = list(self._group_by(key_type, cumulative).values())
        stats.sort(reverse=True, key=Statistic._sort_key)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """Differences from old_snapshot grouped by key_type, the biggest
        change first."""
        new = self._group_by(key_type, cumulative)
        old = old_snapshot._group_by(key_type, cumulative)
        diffs = []
        for tb, stat in new.items():
            prev = old.pop(tb, None)
            if prev is None:
                diffs.append(StatisticDiff(tb, stat.size, stat.size,
                                           stat.count, stat.count))
            else:
                diffs.append(StatisticDiff(tb, stat.size, stat.size - prev.size,
                                           stat.count, stat.count - prev.count))
        for tb, stat in old.items():
            diffs.append(StatisticDiff(tb, 0, -stat.size, 0, -stat.count))
        diffs.sort(reverse=True, key=StatisticDiff._sort_key)
        return diffs


def take_snapshot():
    """A Snapshot of the traces of the live memory blocks."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
