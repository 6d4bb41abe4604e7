for data, enc in [(b'a', 'utf-16'), (b'a', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdc\x00\x00', 'utf-16-le'),(b'\x00\xd8\x00', 'utf-16-le'), (b'\xff\xfea\x00', 'utf-16'), (b'\xfe\xff\x00a', 'utf-16'), (b'a\x00', 'utf-16'), (b'abc', 'utf-32'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'),(b'a\x00\x00\x00', 'utf-32'), (b'a\x00\x00\x00b', 'utf-32'), (b'\xfe\xff\x00', 'utf-16'), (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'), (b'=\xd8\x00\xde', 'utf-16le'), (b'\xd8=\xde\x00', 'utf-16-be'), (b'', 'utf-16'), (b'\xff\xfe', 'utf-16')]:
  for err in ['strict', 'replace', 'ignore', 'backslashreplace']:
    try: print(enc, err, repr(data.decode(enc, err)))
    except Exception as e: print(enc, err, type(e).__name__, e)
for enc in ['utf-16', 'utf-16-le', 'utf-16be', 'UTF16', 'utf-32', 'utf_32_le', 'utf-32-be', 'U16', 'utf-16le', 'U32', 'UTF-32BE']:
    print(enc, 'aé€😀'.encode(enc), ''.encode(enc), 'aé€😀'.encode(enc).decode(enc))
print('x'.encode('utf-16', 'bogus'), 'x'.encode('U16', 'bogus'))
print(bytearray('hi', 'utf-16'), str(b'h\x00i\x00', 'utf-16-le'), len('😀'.encode('utf-16-le')))
try:
    b'\x00\xdc'.decode('utf-16-le')
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
