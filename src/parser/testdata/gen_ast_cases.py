"""Regenerates ast_cases.txt from ast_cases.in with CPython 3.11:
python3.11 gen_ast_cases.py ast_cases.in ast_cases.txt (one program per line, newlines as U+23CE)."""
import ast, re, sys
out = []
for line in open(sys.argv[1], encoding='utf-8').read().split('\n'):
    if not line: continue
    src = line.replace('⏎', '\n')
    try:
        d = ast.dump(ast.parse(src))
    except SyntaxError as e:
        print("ERR", repr(src), e, file=sys.stderr); continue
    d = re.sub(r', ctx=(Load|Store|Del)\(\)', '', d)
    out.append(line + "\n" + d + "\n")
open(sys.argv[2], 'w', encoding='utf-8').write(''.join(out))
print(len(out), "cases")
