# (receiver, method, args, kwargs)
N = None
C = []
def add(recv, meth, *args, **kw): C.append((recv, meth, args, kw))
S = 'abc'
# ---- find family
for sub, rest in [('b',()),('x',()),('',()),('',(3,)),('',(4,)),('c',(-1,)),('a',(1,)),('b',(None,2)),('b',(True,)),('b',(0,-2)),('b',(10**30,)),('b',(-10**30,)),('b',('x',)),('b',(1.0,))]:
    for m in ['find','rfind','index','rindex','count']:
        add('abcabc', m, sub, *rest)
for m in ['find','rfind','index','count','startswith','endswith']:
    add('abc', m); add('abc', m, 'a', 1, 2, 3); add('abc', m, 1); add('abc', m, None)
add('abc', 'find', 'a', x=1)
add('é€a€', 'find', '€', 2); add('é€a€', 'rfind', '€'); add('é€a€', 'count', '€', 1, -1); add('é€a€', 'index', 'a'); add('é€a€x', 'rindex', '€', 0, -2); add('日本語日本', 'find', '本', 2); add('日本語日本', 'rfind', '日', 0, 3)
add('', 'count', ''); add('ab', 'count', '', 5); add('ab','count','',1,1); add('aaaa','count','aa'); add('ab','find','',2); add('ab','find','',3); add('ab','rfind','',2); add('ab','rfind','', 0, 1)
for a in [('a',),('',3),('',4),('c',-1),('c',0,-1),(('x','b'),),((),),(('a',),1),(('x',1),),(('a',1),),(1,),(['a'],),('b',1,2),('bc',1),('é',)]:
    add('abc','startswith',*a); add('abc','endswith',*a)
add('éab', 'startswith', 'é'); add('aé€', 'endswith', '€', 0, 3); add('aé€', 'endswith', 'é', 0, 2); add('aé€', 'startswith', 'é€', 1)
# ---- replace
for a in [('b','X'),('x','y'),('','-'),('','-',2),('a','',-5),('b','X',True),('a','b',1.0),('a','b',10**30),(1,'b'),('a',1),('a','b','c'),('a',),('bc','ZZZ'),('abc','')]:
    kw = {}
    if isinstance(a[-1], dict): pass
    add('abcabc','replace',*a)
add('abc','replace','a','b',c=1)
add('', 'replace', '', 'x'); add('ééé', 'replace', 'é', 'e', 2); add('aaa', 'replace', 'aa', 'b'); add('a€b€', 'replace', '€', '')
# ---- split
for a, kw in [((),{}),((None,),{}),((None,1),{}),((',',),{}),((',',1),{}),((',',-5),{}),(('',),{}),((1,),{}),((1,2,3),{}),((),{'maxsplit':0}),((),{'sep':','}),((),{'foo':1}),((None,),{'sep':None}),((),{'maxsplit':'x'}),((),{'maxsplit':None}),((),{'maxsplit':True}),((),{'sep':None,'maxsplit':1,'x':1}),((1,'x'),{}),((),{'maxsplit':10**30}),(('a,',),{})]:
    for m in ['split','rsplit']:
        for s in ['  a b  c ', 'a,b,,c', '', 'a,', 'abc']:
            C.append((s, m, a, kw))
add('a\x1cb\x1dc\x1ed\x1ff\x85g\xa0h\u2028i\u3000j\u200bk', 'split'); add('a\u3000b\u3000', 'rsplit', None, 1); add('  ü ö  ', 'split', maxsplit=1); add('  ü ö  ', 'rsplit', maxsplit=1)
add('aaa', 'rsplit', 'aa'); add('aaa', 'split', 'aa'); add('a\tb\nc\x0bd\x0ce\rf', 'split')
for s in ['a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i\rj\r\nk', 'a\nb\r\n', '\n', '', 'abc', '\r\r\n\n', 'x\r']:
    add(s, 'splitlines'); add(s, 'splitlines', True); add(s, 'splitlines', keepends=1)
add('a', 'splitlines', 1, 2); add('a', 'splitlines', 'x'); add('a', 'splitlines', None); add('a', 'splitlines', a=1, b=2); add('a', 'splitlines', 'a', zz=1)
# ---- join
for it in [['a','b'],('a','b'),'abc',{'a':1,'b':2},[],['x'],[1],['a',2],1,None,[b'x'],['é','€']]:
    add(',', 'join', it); add('', 'join', it)
add(',', 'join'); add(',', 'join', ['a'], x=1)
# ---- strip
for s in ['  a  ', 'xxaxx', '\u3000a\x1c', 'abcba', '', '   ', 'éaé']:
    for m in ['strip', 'lstrip', 'rstrip']:
        add(s, m); add(s, m, None); add(s, m, 'x'); add(s, m, 'ab'); add(s, m, 'é')
add('a', 'strip', 1); add('a', 'strip', 'a', 'b'); add('a', 'lstrip', x=1)
# ---- case
for s in ['hello world', 'HeLLo WoRLD', "they're bill's friends", 'ǆemal ǈ', 'ß', 'ﬁne', 'ΑΣ', 'ΑΣ Σ', 'ΑΣα', 'Σ', 'aΣ.', 'ΣΑΣ ΣΑΣ', 'İstanbul', 'Straße', 'ǅ', '123abc', '', 'a1b2', 'ÀÉÎ õü', 'ꭰᏸ', 'ΐ', 'ŉ', 'ǰ', 'ᾀ ᾈ', 'Ǆ', 'ǉ', 'ა ბ', 'ԱՒ և']:
    for m in ['upper','lower','casefold','title','capitalize','swapcase','isupper','islower','istitle']:
        add(s, m)
for s in ['123', '²', '½', '一', '٣', '', ' \t', '\x1c', 'abc', 'a1', 'A', 'é', '\u0905\u093e', 'Ⅷ', '\u00aa', '_', '1a', 'def', 'a b', '\xa0', 'a\n', '\u200b', '€', '\U0001f600', '\u0378', '\u0300a', 'a\u0300', '℘', '℮', '·', '\u3007']:
    for m in ['isdigit','isdecimal','isnumeric','isalpha','isalnum','isspace','isidentifier','isprintable','isascii']:
        add(s, m)
add('a', 'upper', 1); add('a', 'upper', x=1); add('a', 'isdigit', 1)
# ---- layout
for w in [-1, 0, 3, 5, 6, 7, True, 'x', 3.0, 10**30]:
    for m in ['center','ljust','rjust']:
        add('ab', m, w); add('abc', m, w, '*')
    add('-12', 'zfill', w); add('+1', 'zfill', w); add('ab', 'zfill', w)
add('--', 'zfill', 4); add('', 'zfill', 3); add('é', 'zfill', 3); add('abc', 'center', 7, 'é'); add('é', 'center', 4, '€')
add('a','center'); add('a','center',5,'ab'); add('a','center',5,1); add('a','center',5,None); add('a','ljust',5,''); add('a','center','x',1); add('a','zfill'); add('a','center',5,x=1); add('a','center',1,2,3)
for s in ['a\tb\n\tc', 'a\tb', 'ab\tc\r\td', 'abc', '\t', 'é\tx']:
    add(s, 'expandtabs'); add(s, 'expandtabs', 0); add(s, 'expandtabs', -3); add(s, 'expandtabs', 4); add(s, 'expandtabs', tabsize=2)
add('a', 'expandtabs', 'x'); add('a', 'expandtabs', None); add('a', 'expandtabs', zz=1)
# ---- partition / prefix
for m in ['partition', 'rpartition']:
    for sep in ['b', 'x', '', 1, None, 'abcb', 'é']:
        add('abcbé', m, sep)
    add('a', m); add('a', m, 'a', x=1)
for m in ['removeprefix', 'removesuffix']:
    for a in ['', 'ab', 'bc', 'abc', 'x', 1, None]:
        add('abc', m, a)
    add('abc', m)
# ---- translate / maketrans
add('abc', 'translate', {97: 'xy', 98: None, 99: 100}); add('abc', 'translate', {}); add('abc', 'translate', [None, 'x']); add('abc', 'translate', {97: 1.5}); add('abc', 'translate', {97: 0x110000}); add('abc', 'translate', {97: -1}); add('abc', 'translate', 1); add('abc', 'translate'); add('éa', 'translate', {233: 'e', 97: 'à'})
for a in [({'a': 'b', 98: None},), ('ab','cd'), ('a','b','cd'), (), (1,), ('ab','c'), ({'ab':1},), ({1.5:1},), ('a',1), ('a','b',1), ('a','b',None), (1,'a'), ({},'a'), (None,), ('a','b','c','d'), ('éa', 'ab', 'z')]:
    add(str, 'maketrans', *a)
add(str, 'maketrans', x=1)
# ---- encode
for s in ['abc', 'aé€b', 'é€x€€€', '\U0001f600', 'x\x80', '']:
    for enc in ['ascii', 'latin-1', 'utf-8', 'latin1', 'LATIN-1', 'iso-8859-1', 'Utf8', 'UTF_8', 'us-ascii', 'U8', 'l1', ' utf-8 ', 'utf--8', 'foo']:
        for errors in ['strict','replace','ignore','backslashreplace','xmlcharrefreplace','bogus']:
            add(s, 'encode', enc, errors)
    add(s, 'encode')
add('a', 'encode', 1); add('a', 'encode', errors='x'); add('a', 'encode', encoding='ascii', errors='strict'); add('a', 'encode', 'utf-8', 'strict', errors='x'); add('a', 'encode', None); add('a', 'encode', 'utf-8', None); add('a','encode',zz=1)
# ---- format
for fmt, a, kw in [('{}', (1,), {}), ('{0}{1}{0}', ('x','y'), {}), ('{a}{b}', (), {'a':1,'b':2}), ('{', (), {}), ('}', (), {}), ('{0}{}', (1,2), {}), ('{}{0}', (1,2), {}), ('{1}', (1,), {}), ('{x}', (), {}), ('{x}', (1,), {'y': 2}),
   ('{0[1]}', ([1],), {}), ('{0.foo}', (1,), {}), ('{!x}', (1,), {}), ('{!r', (1,), {}), ('{0!}', (1,), {}), ('{:{}}', (1,), {}), ('{:{:{}}}', (1,2,3), {}), ('{0:}}', (1,), {}),
   ('{0[', (1,), {}), ('{0[}', (1,), {}), ('{0]}', (1,), {}), ('{0.}', (1,), {}), ('{0[]}', (1,), {}), ('{.}', (1,), {}), ('{a[0]b}', (), {'a':[1]}), ('{0!rr}', (1,), {}), ('{0!r:}', (1,), {}), ('{0x}', (1,), {}),
   ('{}', (), {}), ('{-1}', (1,), {}), ('{0[-1]}', ([1,2],), {}), ('{0[a]}', ({'a':5},), {}), ('{0[0]}', ({0:5},), {}), ('{a.real}', (), {'a':3}), ('{0:x}', ('a',), {}),
   ('{99999999999999999999}', (1,), {}), ('{0[99999999999999999999]}', ([1],), {}), ('a{0!a}', ('é',), {}), ('{0!s:>5}', (1,), {}), ('{:>{w}}', ('a',), {'w':4}), ('{0:{1}{2}}', (1.23456, '.', '2f'), {}),
   ('{0.real:x}', (255,), {}), ('{[0]}', ([5],), {}), ('{.real}', (3,), {}), ('{}{}', ('a','b'), {}), ('{!r:}', ('a',), {}), ('{:{}}', ('a', 3), {}), ('{:{}}{}', ('a', 3, 'z'), {}), ('{0:{0}}', (5,), {}),
   ('}}{{', (), {}), ('{0}}}', (1,), {}), ('{{{0}', (1,), {}), ('{0:}', (1,), {}), ('{ 0 }', (1,), {}), ('{0 }', (1,), {}), ('{a b}', (), {'a b': 1}), ('{0[ 1]}', ({' 1':'x'},), {}), ('{0[1:2]}', ({'1:2': 'x'},), {}),
   ('{0[0]!r}', (['x'],), {}), ('{0!r:^10}', ('x',), {}), ('{:%}', (0.5,), {}), ('{x!}', (), {'x':1}), ('{x!:}', (), {'x':1}), ('{:}}', (1,), {}), ('{:{}', (1,), {}), ('{0:{', (1,), {}), ('{:{:}}', (1, 2), {}), ('{:{}{}}', (1, '>', 3), {}),
   ('{0[0][1]}', ([[1, 2]],), {}), ('{0.real.imag}', (1,), {}), ('{0..real}', (1,), {}), ('{0[0]x}', ([1],), {}), ('{0[0].real}', ([1],), {}), ('{0[0'.replace('[0','[0'), ([1],), {}), ('{0.real', (1,), {}), ('{٣}', (1,2,3,4), {}), ('{0[٣]}', ([1,2,3,4],), {}),
   ('abc', (), {}), ('{:5}|{:<5}|{:^5}|{:>5}', ('a','b','c','d'), {}), ('{:05.1f} {:+d} {:,} {:x} {:#o} {:e}', (1.23456, 5, 1234567, 255, 8, 12345.678), {}), ('{0!s}{0!r}{0!a}', ('é',), {}),
   ('{!z}', (1,), {}), ('{! }', (1,), {}), ('{!é}', (1,), {}), ('{0[5]}{', ([1],), {}), ('{0{}', (1,), {}), ('{}-{}-{}', (1, 'x', None), {}), ('{:d}', ('x',), {}), ('{0:{1}}', ('a', '>'), {}), ('é{}€', ('ü',), {}),
   ('{:{}}', ('a', 'x'), {}), ('{0[1]}', ('abc',), {}), ('{0[10]}', ('abc',), {}), ('{0.upper}', (1,), {}), ('{:}', ('',), {}), ('{}', ('',), {}), ('x{}', ('',), {})]:
    C.append((fmt, 'format', a, kw))
add('{a}', 'format_map', {'a': 1}); add('{}', 'format_map', {}); add('{0}', 'format_map', {'0': 1}); add('{a[x]}', 'format_map', {'a': {'x': 2}}); add('{a}', 'format_map', 1); add('{}', 'format_map', 1); add('{a}', 'format_map', {}); add('x', 'format_map'); add('{a}{b}', 'format_map', {'a': 1, 'b': 'z'})
# ---- descriptor errors on str
for m in ['upper', 'split', 'find', 'join', 'format', 'replace']:
    C.append((str, m, (5,), {})); C.append((str, m, (), {}))
# ---- bytes
B = b'abcabc'
for sub, rest in [(b'b',()),(b'x',()),(b'',()),(b'',(7,)),(b'c',(-1,)),(98,()),(300,()),(-1,()),('b',()),(True,()),(b'b',(None,2)),(b'b',('x',)),(None,())]:
    for m in ['find','rfind','index','rindex','count']:
        add(B, m, sub, *rest)
for m in ['find','count','startswith','endswith']:
    add(B, m); add(B, m, b'a', 1, 2, 3); add(B, m, b'a', x=1)
for a in [(b'a',),(b'',6),(b'',7),(b'c',-1),((b'x',b'c'),),((),),((1,),),((b'a',1),),('a',),([b'a'],),(b'b',1),(b'a','x')]:
    add(B, 'startswith', *a); add(B, 'endswith', *a)
for a in [(b'b',b'X'),(b'x',b'y'),(b'',b'-'),(b'',b'-',2),(b'b',b'xx',0),(b'b',1),('a','b'),(b'a',),(b'bc',b'ZZZ'),(b'abc',b'')]:
    add(B, 'replace', *a)
for s in [b'  a b\x0bc\x1cd  ', b'a,b,,c', b'', b'abc']:
    for m in ['split', 'rsplit']:
        for a, kw in [((),{}),((None,1),{}),((b',',),{}),((b',',1),{}),((b'',),{}),(('a',),{}),((1,),{}),((),{'maxsplit':0}),((),{'sep':b','}),((None,None),{}),((),{'maxsplit':'x'})]:
            C.append((s, m, a, kw))
for s in [b'a\nb\r\nc\rd\x0be', b'a\nb', b'', b'\n\n']:
    add(s, 'splitlines'); add(s, 'splitlines', True)
for it in [[b'x',b'y'],[b'x'],[],['a'],[1],1,(b'a',b'b')]:
    add(b',', 'join', it)
for s in [b'  a  ', b'xxaxx', b'\x1c a\x0b', b'']:
    for m in ['strip','lstrip','rstrip']:
        add(s, m); add(s, m, None); add(s, m, b'ax'); add(s, m, 'a'); add(s, m, 97)
for s in [b'hello world', b'aBc\xe9', b'\xe9abc', b'123', b'', b'Ab Cd', b'AB', b'ab1', b' \x0b', b'\x1c', b'a b']:
    for m in ['upper','lower','title','capitalize','swapcase','isdigit','isalpha','isalnum','isspace','isupper','islower','istitle','isascii']:
        add(s, m)
for a in [(5,b'*'),(5,'*'),(5,b'**'),(3,),(1,),(-1,),(6,b'-'),(5, None)]:
    for m in ['center','ljust','rjust']:
        add(b'ab', m, *a)
add(b'-1', 'zfill', 4); add(b'a', 'zfill', 0); add(b'+', 'zfill', 3)
add(b'a\tb\n\tc', 'expandtabs'); add(b'a\tb', 'expandtabs', 4); add(b'a\tb', 'expandtabs', 0)
for m in ['partition','rpartition']:
    for sep in [b'b', b'x', b'', 'b']:
        add(b'abcb', m, sep)
for m in ['removeprefix','removesuffix']:
    for a in [b'a', b'c', b'', 'a']:
        add(b'abc', m, a)
for data in [b'abc', b'\xff', b'a\xc3', b'a\xc3(', b'\xe2\x82', b'\xe2\x82(', b'\xe2(\xa1', b'\xf0\x90\x80', b'\xf0\x90\x80(', b'\xed\xa0\x80', b'\xc0\x80', b'\xf5\x80\x80\x80', b'\xf4\x90\x80\x80', b'\x80abc', b'\xe0\x80\x80', b'ab\xc3\xa9\xff\xfe', b'\xe2\x82\xac\xe2\x82', b'a\x80b', b'\xf0\x9f\x98\x80']:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
            add(data, 'decode', enc, errors)
add(b'abc', 'decode'); add(b'abc', 'decode', 1); add(b'\xe9', 'decode', errors='replace'); add(b'abc', 'decode', encoding='bogus'); add(b'a', 'decode', 'utf-8', 'bogus'); add(b'\xff', 'decode', 'utf-8', 'bogus'); add(b'a', 'decode', None)
for a, kw in [((),{}),((':',),{}),((':',2),{}),(('-',-2),{}),(('::',),{}),(('\xe9',),{}),((1,),{}),((b':',),{}),((),{'sep':'.','bytes_per_sep':0}),((None,),{}),((':','x'),{}),((b'',1),{}),((),{'sep':':'}), ((' ', 3), {}), ((' ', -3), {})]:
    C.append((b'abcde', 'hex', a, kw))
for s in ['zz', 'a', '0 1', '01 0', '  01  02 ', 'é', '01é', '01\t02\n', '01\x0b02', '01\x1c02', 'ABcd', '', 1, None]:
    add(bytes, 'fromhex', s)
add(bytes, 'fromhex')
for m in ['upper', 'split', 'find', 'decode', 'hex']:
    C.append((bytes, m, (5,), {})); C.append((bytes, m, (), {}))
for a, kw in [((None,), {}), ((None, b'b'), {}), (('x',), {}), ((b'x',), {}), ((bytes.maketrans(b'ab', b'xy'),), {'delete': b'c'}), ((None, 'c'), {}), ((None,), {'delete': None}), ((), {'table': None}), ((), {})]:
    C.append((b'abcab', 'translate', a, kw))
for a, kw in [((b'a', b'bc'), {}), (('a', b'b'), {}), ((b'a',), {}), ((b'ab', b'xy'), {}), ((b'a', b'b'), {'x': 1})]:
    C.append((bytes, 'maketrans', a, kw))
