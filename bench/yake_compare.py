#!/usr/bin/env python3
"""Side-by-side top-10 topics per document: briefing's against YAKE's (pip `yake`), on the same body text
(`briefing show --json`). Informative only, not a test. Usage: yake_compare.py BRIEFING FILE..."""
import json, subprocess, sys

try:
    import yake
except ImportError:
    sys.exit("yake is not installed (pip install yake); comparison skipped")

briefing, files = sys.argv[1], sys.argv[2:]
ours_all = json.loads(subprocess.run([briefing, "topics", *files, "--json"], capture_output=True, text=True, check=True).stdout)
ours = {d["document"]: [t["label"] for t in d["topics"]] for d in ours_all["documents"]}
extractor = yake.KeywordExtractor(lan="en", n=3, top=10)
for f in files:
    shown = json.loads(subprocess.run([briefing, "show", f, "--json"], capture_output=True, text=True, check=True).stdout)
    body = "\n\n".join(t["text"] for t in shown["turns"])
    theirs = [k for k, _ in extractor.extract_keywords(body)]
    name = shown["document"]
    mine = ours.get(name, [])
    print(f"\n{name}\n| # | briefing | YAKE |\n|---|---|---|")
    for i in range(10):
        print(f"| {i + 1} | {mine[i] if i < len(mine) else ''} | {theirs[i] if i < len(theirs) else ''} |")
