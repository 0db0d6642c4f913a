#!/usr/bin/env python3
"""Prints the README's rule table from the rules' @RuleDefinition annotations (run from the repository root)."""
import glob
import re

rows = []
for path in sorted(glob.glob('rules/src/main/java/**/*.java', recursive=True)):
    text = open(path, encoding='utf-8').read()
    m = re.search(r'@RuleDefinition\((.*?)\)\s*public', text, re.S)
    if not m:
        continue
    body = m.group(1)
    rid = re.search(r'id\s*=\s*"([^"]+)"', body).group(1)
    targets = re.search(r'targets\s*=\s*\{?([^}\n]*?)\}?,\s*\n', body).group(1)
    targets = ', '.join(t.strip().replace('Target.', '').lower() for t in targets.split(','))
    severity = re.search(r'severity\s*=\s*Severity\.(\w+)', body).group(1).lower()
    start = re.search(r'summary\s*=\s*', body).end()
    parts = re.match(r'((?:\s*\+?\s*"(?:[^"\\]|\\.)*")+)', body[start:]).group(1)
    summary = ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', parts)).replace('\\"', '"')
    rows.append((rid, targets, severity, summary))
for rid, targets, severity, summary in sorted(rows):
    print(f'| [`{rid}`](docs/rules/{rid}.md) | {targets} | {severity} | {summary} |')
