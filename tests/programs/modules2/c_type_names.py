import collections, itertools, functools, operator, time
objs = [collections.deque(), collections.defaultdict(), collections.OrderedDict(), functools.partial(len), operator.itemgetter(1), operator.attrgetter('a'), operator.methodcaller('a'), itertools.count(), itertools.repeat(1), itertools.chain(), itertools.groupby([]), itertools.islice([], 1), time.gmtime(0), collections.Counter(), collections.namedtuple('P', 'x')(1)]
for o in objs:
    for f in [lambda: hash(o), lambda: o + 1, lambda: 1 - o, lambda: o < 1, lambda: o.zz, lambda: o[1:2:3], lambda: len(o), lambda: iter(o)]:
        try:
            f(); print('ok')
        except Exception as e:
            print(type(e).__name__, e)
