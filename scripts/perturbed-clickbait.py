#!/usr/bin/env python3
"""Writes ROWS clickbait headlines (../shared/data/clickbait) to OUT as a one-column CSV (`text`): copy k of a
headline gets a different prefix/suffix/case decoration, so nearly every row is a distinct text (the embedding cache and
the distinct-text pass cannot help). The first 31,999 rows are the headlines as they are.
Used by the predict measurements (scripts/measure-predict*.sh). Usage: perturbed-clickbait.py ROWS OUT SOURCE_CSV"""
import csv, sys
rows, out, source = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(source, newline="", encoding="utf-8") as f:
    headlines = [r["headline"] for r in csv.DictReader(f)]
prefixes = ["", "BREAKING: ", "Watch: ", "Opinion: ", "Update: ", "Exclusive: ", "Photos: "]
suffixes = ["", " (video)", "!", " - report", "?", " | live", " [2024]"]
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["text"])
    for i in range(rows):
        text, k = headlines[i % len(headlines)], i // len(headlines)
        if k % 2: text = text.lower()
        w.writerow([prefixes[k % len(prefixes)] + text + suffixes[(k // len(prefixes)) % len(suffixes)] + (f" #{k}" if k >= len(prefixes) * len(suffixes) else "")])
