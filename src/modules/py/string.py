"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string"""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != self.delimiter:
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == self.delimiter:
                out.append(self.delimiter)
                i += 2
                continue
            j = i + 1
            braced = j < n and t[j] == '{'
            if braced:
                j += 1
            k = j
            if k < n and _is_ident_start(t[k]):
                k += 1
                while k < n and (_is_ident_start(t[k]) or t[k].isdigit()):
                    k += 1
            name = t[j:k]
            if not name or (braced and (k >= n or t[k] != '}')):
                if safe:
                    out.append(c)
                    i += 1
                    continue
                lines = t[:i].splitlines(keepends=True)
                colno = i - len(''.join(lines[:-1])) + 1 if lines else 1
                lineno = len(lines) if lines else 1
                if not lines:
                    colno = 1
                raise ValueError('Invalid placeholder in string: line %d, col %d'
                                 % (lineno, colno))
            end = k + 1 if braced else k
            try:
                out.append(str(mapping[name]))
            except KeyError:
                if not safe:
                    raise
                out.append(t[i:end])
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, True)

    def is_valid(self):
        """Whether the template has no invalid placeholders."""
        try:
            self._scan(_NameRecorder(), False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        """The names of the valid placeholders, each once, in order."""
        names = _NameRecorder()
        self._scan(names, True)
        return names.names


class _NameRecorder:
    """A mapping for Template._scan that notes the names looked up."""

    def __init__(self):
        self.names = []

    def __getitem__(self, name):
        if name not in self.names:
            self.names.append(name)
        return ''


def _field_parts(field_name):
    """Splits 'a.b[0]' into its first name and a list of (is_attr, key)."""
    k = 0
    n = len(field_name)
    while k < n and field_name[k] not in '.[':
        k += 1
    first = field_name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < n:
        if field_name[k] == '.':
            j = k + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            if j == k + 1:
                raise ValueError('Empty attribute in format string')
            rest.append((True, field_name[k + 1:j]))
        else:
            j = field_name.find(']', k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[k + 1:j]
            if key == '':
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            j += 1
            if j < n and field_name[j] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        k = j
    return first, rest


def _split_field(body):
    """(name, spec, conversion) of the text between a field's braces."""
    k = 0
    n = len(body)
    while k < n and body[k] not in ':!':
        if body[k] == '[':
            while k < n and body[k] != ']':
                k += 1
        k += 1
    k = min(k, n)
    name = body[:k]
    if k == n:
        return name, '', None
    if body[k] == ':':
        return name, body[k + 1:], None
    if k + 1 >= n:
        raise ValueError('end of string while looking for conversion specifier')
    tail = body[k + 2:]
    if tail and tail[0] != ':':
        raise ValueError("expected ':' after conversion specifier")
    return name, tail[1:], body[k + 1]


def _parse(text):
    """Yields (literal, field_name, format_spec, conversion) as
    Formatter.parse documents; an escaped brace ends its literal."""
    lit = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '}':
            if i + 1 < n and text[i + 1] == '}':
                lit.append('}')
                yield ''.join(lit), None, None, None
                lit = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            lit.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            lit.append('{')
            yield ''.join(lit), None, None, None
            lit = []
            i += 2
            continue
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        depth = 1
        j = i + 1
        while j < n:
            if text[j] == '{':
                depth += 1
            elif text[j] == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            if depth > 1:
                raise ValueError("unmatched '{' in format spec")
            _split_field(text[i + 1:])
            raise ValueError("expected '}' before end of string")
        name, spec, conv = _split_field(text[i + 1:j])
        yield ''.join(lit), name, spec, conv
        lit = []
        i = j + 1
    if lit:
        yield ''.join(lit), None, None, None


class Formatter:
    """str.format as a class whose steps can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._expand(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _expand(self, format_string, args, kwargs, used, depth, auto):
        # auto is the next automatic field number, or None once a field
        # was numbered by hand.
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, name, spec, conv in self.parse(format_string):
            if literal:
                out.append(literal)
            if name is None:
                continue
            if name == '':
                if auto is None:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                name = str(auto)
                auto += 1
            elif name.isdigit():
                if auto:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                auto = None
            obj, key = self.get_field(name, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conv)
            spec, auto = self._expand(spec, args, kwargs, used, depth - 1, auto)
            out.append(self.format_field(obj, spec))
        return ''.join(out), auto

    def parse(self, format_string):
        return _parse(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_parts(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))
