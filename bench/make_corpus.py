#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus: N documents (~TARGET MB) in every supported format, made by
recombining sentences of the seeds with varied names, dates and labels. Usage: make_corpus.py SEEDS OUT [N] [MB]"""
import os, random, re, sys

seeds, out = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
target = float(sys.argv[4]) if len(sys.argv) > 4 else 50.0
rng = random.Random(20241101)
text = " ".join(open(os.path.join(seeds, f), encoding="utf-8").read() for f in sorted(os.listdir(seeds)))
sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 40 <= len(s.strip()) <= 300 and not re.search(r"[\u4e00-\u9fff]", s)]
first = ["Ann", "Bo", "Carla", "Dev", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jon", "Kemal", "Lena", "Musa", "Nora", "Omar", "Pia"]
last = ["Lee", "Chan", "Ortiz", "Haddad", "Novak", "Okafor", "Silva", "Tanaka", "Weber", "Young", "Zhou", "Moreau"]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
per_doc = int(target * 1_048_576 / n)

def body(k):
    out, size = [], 0
    while size < per_doc:
        s = rng.choice(sentences)
        out.append(s); size += len(s) + 1
    return out

def name():
    return f"{rng.choice(first)} {rng.choice(last)}"

def date():
    return f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

os.makedirs(out, exist_ok=True)
total = 0
for k in range(n):
    kind = k % 5
    lines = body(k)
    people = [name() for _ in range(rng.randint(2, 4))]
    if kind == 0:  # labelled transcript
        doc = f"Briefing {k} on {rng.choice(months)} {rng.randint(1, 28)}, {rng.randint(2019, 2025)}\n\n"
        doc += "\n".join(f"{rng.choice(people).upper()}: {s}" for s in lines) + "\n"
        path = f"transcripts/t{k:04d}.txt"
    elif kind == 1:  # markdown with front matter
        doc = f"---\ntitle: Notes {k}\ndate: {date()}\nauthor: {people[0]}\n---\n# Notes {k}\n\n" + "\n\n".join(
            " ".join(lines[i:i + 4]) for i in range(0, len(lines), 4)) + "\n"
        path = f"notes/n{k:04d}.md"
    elif kind == 2:  # SubRip
        cues = []
        for i, s in enumerate(lines):
            a, b = i * 4, i * 4 + 3
            cues.append(f"{i + 1}\n00:{a // 60 % 60:02d}:{a % 60:02d},000 --> 00:{b // 60 % 60:02d}:{b % 60:02d},500\n{rng.choice(people).upper()}: {s}\n")
        doc = "\n".join(cues)
        path = f"subtitles/s{k:04d}.srt"
    elif kind == 3:  # WebVTT with voices
        cues = ["WEBVTT\n"]
        for i, s in enumerate(lines):
            a = i * 4
            cues.append(f"00:{a // 60 % 60:02d}:{a % 60:02d}.000 --> 00:{(a + 3) // 60 % 60:02d}:{(a + 3) % 60:02d}.500\n<v {rng.choice(people)}>{s}\n")
        doc = "\n".join(cues)
        path = f"subtitles/v{k:04d}.vtt"
    else:  # article
        doc = f"Report {k}: {rng.choice(sentences)[:60]}\n\n" + "\n".join(" ".join(lines[i:i + 3]) for i in range(0, len(lines), 3)) + "\n"
        path = f"articles/a{k:04d}.txt"
    full = os.path.join(out, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(doc)
    total += len(doc.encode("utf-8"))
print(f"{n} documents, {total / 1_048_576:.1f} MB in {out}")
