"""Regenerates error_cases.txt from error_cases.in with CPython 3.11:
python3.11 gen_error_cases.py error_cases.in error_cases.txt (one program per line, newlines as U+23CE)."""
import sys
out = []
for line in open(sys.argv[1], encoding='utf-8').read().split('\n'):
    if not line: continue
    src = line.replace('⏎', '\n')
    try:
        compile(src, "<s>", "exec")
        print("OK?!", repr(src), file=sys.stderr)
        continue
    except SyntaxError as e:
        col = (e.offset or 1) - 1
        out.append(f"{line}\t{type(e).__name__}\t{e.msg}\t{e.lineno}\t{col}\n")
open(sys.argv[2], 'w', encoding='utf-8').write(''.join(out))
print(len(out))
