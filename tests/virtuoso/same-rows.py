#!/usr/bin/env python3
"""Compare two SPARQL CSV results as multisets of rows (order ignored).

    same-rows.py LABEL OURS.csv THEIRS.csv   -> prints "LABEL: N rows, same" or the rows that differ; exit 1 if they differ
"""
import csv
import sys
from collections import Counter


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader, [])
        return header, Counter(tuple(r) for r in reader)


label, ours_path, theirs_path = sys.argv[1:4]
ours_head, ours = rows(ours_path)
theirs_head, theirs = rows(theirs_path)
if ours_head != theirs_head:
    print(f"{label}: columns differ: ours {ours_head}, theirs {theirs_head}")
    sys.exit(1)
if ours != theirs:
    only_ours, only_theirs = ours - theirs, theirs - ours
    print(f"{label}: results differ: {sum(only_ours.values())} rows only ours, {sum(only_theirs.values())} only theirs")
    for r in list(only_ours)[:5]:
        print("  ours:  ", r)
    for r in list(only_theirs)[:5]:
        print("  theirs:", r)
    sys.exit(1)
if sum(ours.values()) == 0:
    print(f"{label}: no rows at all (the check proves nothing)")
    sys.exit(1)
print(f"{label}: {sum(ours.values())} rows, same")
