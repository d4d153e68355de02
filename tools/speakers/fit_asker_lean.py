#!/usr/bin/env python3
"""Estimates AskerLean.table (Sources/BriefingCore/Speakers/AskerLean.swift): how a statement's persons lean
toward the side of a conversation that asks.

  fit_asker_lean.py QMSUM_TRAIN_DIR

QMSUM_TRAIN_DIR is ../shared/eval/qmsum/train (QMSum's training split, as published). Only its committee
meetings are read (covid_*, education_*: members put questions to witnesses); never the development part or
any evaluation folder. A speaker asks when at least 15% of their sentences are questions. For every statement
(a sentence not ending in "?"), its kind is whether it says "you" to someone ("you know", "you see", "you mean"
are fillers) and whether it speaks of "I" or "we". Printed: per kind, logit P(asks | kind) - logit P(asks) over
all statements, in AskerLean's order [neither, first person only, "you" only, both].
"""
import glob
import json
import math
import os
import re
import sys

SECOND = {"you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'd", "you'll"}
FIRST = {"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "we", "us", "our", "ours", "ourselves",
         "we're", "we've", "we'd", "we'll"}
FILLERS = {"know", "see", "mean"}


def kind(sentence):
    words = re.findall(r"[a-z']+", sentence.lower().replace("\u2019", "'"))
    you = me = False
    for k, w in enumerate(words):
        if w in SECOND:
            if w == "you" and k + 1 < len(words) and words[k + 1] in FILLERS:
                continue
            you = True
        elif w in FIRST:
            me = True
    return (2 if you else 0) + (1 if me else 0)


def sentences(text):
    return [s for s in re.split(r"(?<=[.?!])\s+", text) if s.strip()]


def main():
    root = sys.argv[1]
    counts = [[0, 0] for _ in range(4)]  # [answers, asks] per kind
    for path in sorted(glob.glob(os.path.join(root, "*.json"))):
        name = os.path.basename(path)
        if not (name.startswith("covid") or name.startswith("education")):
            continue
        turns = json.load(open(path))["meeting_transcripts"]
        said = {}
        for t in turns:
            said.setdefault(t["speaker"], []).extend(sentences(t["content"]))
        asks = {who: sum(s.strip().endswith("?") for s in ss) >= 0.15 * max(1, len(ss)) for who, ss in said.items()}
        for t in turns:
            for s in sentences(t["content"]):
                if not s.strip().endswith("?"):
                    counts[kind(s)][1 if asks[t["speaker"]] else 0] += 1
    logit = lambda a, b: math.log(a / b)
    base = logit(sum(c[1] for c in counts), sum(c[0] for c in counts))
    print("statements per kind (answers, asks):", counts)
    print("table:", [round(logit(c[1], c[0]) - base, 2) for c in counts])


if __name__ == "__main__":
    main()
