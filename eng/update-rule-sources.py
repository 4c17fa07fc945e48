#!/usr/bin/env python3
"""Writes the "- Checked in:" line of every rule page (docs/rules/MLBnnnn.md): the library files that report the rule.
Run from the repository root after moving a check; RuleCatalogTests keeps the lines true."""
import re,os,glob
root='src/MetalLb.Validation'
names={}
for f in glob.glob(f'{root}/Catalogue/*.cs'):
    for m in re.finditer(r'public static RuleDescriptor (\w+) \{ get; \} = new\(\s*"(MLB\d{4})"', open(f).read()):
        names[m.group(2)]=m.group(1)
srcs=[f for f in glob.glob(f'{root}/**/*.cs', recursive=True) if '/obj/' not in f and '/bin/' not in f and '/Catalogue/' not in f]
text={f:open(f).read() for f in srcs}
for rid,name in sorted(names.items()):
    files=sorted(f for f,s in text.items() if re.search(r'MetalLbRules\.%s\b'%name, s))
    page=f'docs/rules/{rid}.md'
    p=re.sub(r'\n- Checked in: [^\n]*','',open(page).read())
    if not files: print('no file for',rid,name); continue
    links=', '.join(f'[`{os.path.relpath(f,root)}`](../../{f})' for f in files)
    lines=p.split('\n'); i=2
    while i<len(lines) and lines[i].strip()!='': i+=1
    lines.insert(i, f'- Checked in: {links}')
    open(page,'w').write('\n'.join(lines))
