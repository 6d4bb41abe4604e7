"""Time access and conversions (CPython's time module).

The clocks and sleep() are the Rust module _time; the calendar side
(struct_time, gmtime, localtime, mktime, asctime, ctime, strftime) is here.
Ferrite has no time-zone database: local time is UTC.
"""

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic,
                   monotonic_ns, process_time, process_time_ns, sleep)

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')
# Days before each month in a common year.
_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
# time_t is 64-bit, but the C library's struct tm keeps the year in an int.
_MAX_TIMESTAMP = 67767976233316800
_MIN_TIMESTAMP = -67768040609740800


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
    accepted by asctime(), mktime() and strftime().  May be considered as a
    sequence of 9 integers."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence '
                            f'({len(seq)}-sequence given)')
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence '
                            f'({len(seq)}-sequence given)')
        self = tuple.__new__(cls, seq[:9])
        object.__setattr__(self, '_extra', seq[9:] + (None,) * (11 - len(seq)))
        return self

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self))
        return f'time.struct_time({fields})'

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))

    tm_year = property(lambda self: self[0], doc='year, for example, 1993')
    tm_mon = property(lambda self: self[1], doc='month of year, range [1, 12]')
    tm_mday = property(lambda self: self[2], doc='day of month, range [1, 31]')
    tm_hour = property(lambda self: self[3], doc='hours, range [0, 23]')
    tm_min = property(lambda self: self[4], doc='minutes, range [0, 59]')
    tm_sec = property(lambda self: self[5], doc='seconds, range [0, 61])')
    tm_wday = property(lambda self: self[6], doc='day of week, range [0, 6], Monday is 0')
    tm_yday = property(lambda self: self[7], doc='day of year, range [1, 366]')
    tm_isdst = property(lambda self: self[8], doc='1 if summer time is in effect, 0 if not, and -1 if unknown')
    tm_zone = property(lambda self: self._extra[0], doc='abbreviation of timezone name')
    tm_gmtoff = property(lambda self: self._extra[1], doc='offset from UTC in seconds')


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_from_civil(year, month, day):
    """Days from 1970-01-01 to the given proleptic Gregorian date."""
    year -= month <= 2
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def _civil_from_days(days):
    """The (year, month, day) that is `days` after 1970-01-01."""
    days += 719468
    era = days // 146097
    day_of_era = days - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524
                   - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    mp = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return year_of_era + era * 400 + (month <= 2), month, day


def _seconds(secs):
    """A timestamp argument as whole seconds, rounded down like time_t."""
    if secs is None:
        secs = time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if not _MIN_TIMESTAMP <= secs <= _MAX_TIMESTAMP:
            raise OverflowError('timestamp out of range for platform time_t')
        return int(secs // 1)
    if not isinstance(secs, int):
        index = getattr(type(secs), '__index__', None)
        if index is None:
            raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
        secs = index(secs)
    if not _MIN_TIMESTAMP <= secs <= _MAX_TIMESTAMP:
        raise OverflowError('timestamp out of range for platform time_t')
    return secs


def _breakdown(secs, zone):
    days, rest = divmod(secs, 86400)
    year, month, day = _civil_from_days(days)
    yday = _DAYS_BEFORE_MONTH[month - 1] + day + (month > 2 and _is_leap(year))
    fields = (year, month, day, rest // 3600, rest // 60 % 60, rest % 60,
              (days + 3) % 7, yday, 0, zone, 0)
    return struct_time(fields)


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return _breakdown(_seconds(seconds), 'GMT')


def localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return _breakdown(_seconds(seconds), 'UTC')


def _time_tuple(t, func):
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{func}(): illegal time tuple argument')
    return [int(v) for v in t]


def _checked(t, func):
    """The fields of a time tuple after CPython's checktm(): zero month,
    day and day of year stand for the first; other values out of range
    are errors."""
    year, mon, mday, hour, minute, sec, wday, yday, isdst = _time_tuple(t, func)
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError('month out of range')
    if mday == 0:
        mday = 1
    elif not 0 <= mday <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hour <= 23:
        raise ValueError('hour out of range')
    if not 0 <= minute <= 59:
        raise ValueError('minute out of range')
    if not 0 <= sec <= 61:
        raise ValueError('seconds out of range')
    # C keeps Sunday as 0: (wday + 1) % 7 with C's remainder.
    if wday + 1 < 0:
        raise ValueError('day of week out of range')
    wday = (wday + 1) % 7 - 1
    if wday < 0:
        wday = 6
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError('day of year out of range')
    return year, mon, mday, hour, minute, sec, wday, yday, isdst


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    year, mon, mday, hour, minute, sec = _time_tuple(t, 'mktime')[:6]
    year += (mon - 1) // 12
    mon = (mon - 1) % 12 + 1
    days = _days_from_civil(year, mon, 1) + mday - 1
    return float(days * 86400 + hour * 3600 + minute * 60 + sec)


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    year, mon, mday, hour, minute, sec, wday = _checked(t, 'asctime')[:7]
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAY_NAMES[wday][:3], _MONTH_NAMES[mon - 1][:3],
                                            mday, hour, minute, sec, year)


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))


def _iso_week(year, yday, wday):
    """(ISO year, ISO week) of a date given its day of year (1-based) and
    weekday (Monday 0)."""
    week = (yday - wday + 9) // 7
    if week < 1:
        year -= 1
        days = 366 if _is_leap(year) else 365
        return year, (yday + days - wday + 9) // 7
    days = 366 if _is_leap(year) else 365
    if yday - wday + 3 > days:
        return year + 1, 1
    return year, week


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    if t is None:
        t = localtime()
    zone = t.tm_zone if isinstance(t, struct_time) and t.tm_zone is not None else 'UTC'
    year, mon, mday, hour, minute, sec, wday, yday, isdst = _checked(t, 'strftime')
    sunday_wday = (wday + 1) % 7
    hour12 = hour % 12 or 12
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d == 'a':
            out.append(_DAY_NAMES[wday][:3])
        elif d == 'A':
            out.append(_DAY_NAMES[wday])
        elif d in 'bh':
            out.append(_MONTH_NAMES[mon - 1][:3])
        elif d == 'B':
            out.append(_MONTH_NAMES[mon - 1])
        elif d == 'c':
            out.append(strftime('%a %b %e %H:%M:%S %Y', t))
        elif d == 'C':
            out.append(str(year // 100))
        elif d == 'd':
            out.append('%02d' % mday)
        elif d in 'Dx':
            out.append('%02d/%02d/%02d' % (mon, mday, year % 100))
        elif d == 'e':
            out.append('%2d' % mday)
        elif d == 'F':
            out.append('%d-%02d-%02d' % (year, mon, mday))
        elif d == 'H':
            out.append('%02d' % hour)
        elif d == 'I':
            out.append('%02d' % hour12)
        elif d == 'j':
            out.append('%03d' % yday)
        elif d == 'k':
            out.append('%2d' % hour)
        elif d == 'l':
            out.append('%2d' % hour12)
        elif d == 'm':
            out.append('%02d' % mon)
        elif d == 'M':
            out.append('%02d' % minute)
        elif d == 'n':
            out.append('\n')
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'P':
            out.append('am' if hour < 12 else 'pm')
        elif d == 'r':
            out.append('%02d:%02d:%02d %s' % (hour12, minute, sec, 'AM' if hour < 12 else 'PM'))
        elif d == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif d == 's':
            out.append('%d' % mktime(t))
        elif d == 'S':
            out.append('%02d' % sec)
        elif d == 't':
            out.append('\t')
        elif d in 'TX':
            out.append('%02d:%02d:%02d' % (hour, minute, sec))
        elif d == 'u':
            out.append(str(wday + 1))
        elif d == 'U':
            out.append('%02d' % ((yday - 1 + 7 - sunday_wday) // 7))
        elif d == 'w':
            out.append(str(sunday_wday))
        elif d == 'W':
            out.append('%02d' % ((yday - 1 + 7 - wday) // 7))
        elif d in 'gGV':
            iso_year, iso_week = _iso_week(year, yday, wday)
            out.append('%02d' % (iso_year % 100) if d == 'g' else
                       str(iso_year) if d == 'G' else '%02d' % iso_week)
        elif d == 'y':
            out.append('%02d' % (year % 100))
        elif d == 'Y':
            out.append(str(year))
        elif d == 'z':
            out.append('+0000')
        elif d == 'Z':
            out.append(zone)
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)
