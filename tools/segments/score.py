#!/usr/bin/env python3
"""Scores TopicSegmenter against QMSum's topic segments on the training split (never the development part).

  score.py DUMP.jsonl TRAIN_TRANSCRIPTS_DIR

DUMP.jsonl is `briefing-bench segments` run on the transcripts tools/salience/prepare_train.py wrote (which
also writes each meeting's gold as <meeting>.topics.json). Both segmentations are compared turn by turn with
Pk and WindowDiff (lower is better; k is half the mean gold part length), beside the baselines of no
boundary and of evenly spaced boundaries, as many as the gold has.
"""
import bisect
import json
import os
import sys


def labels(starts, turn_starts):
    """The part of every turn, given the offsets where parts begin."""
    cuts = sorted({max(0, bisect.bisect_right(turn_starts, s) - 1) for s in starts} - {0})
    return [bisect.bisect_right(cuts, t) for t in range(len(turn_starts))]


def pk(ref, hyp, k):
    n = len(ref)
    if n <= k:
        return 0.0, 0.0
    errs = wd = 0
    for i in range(n - k):
        r = ref[i] != ref[i + k]
        h = hyp[i] != hyp[i + k]
        errs += r != h
        wd += (ref[i + k] - ref[i]) != (hyp[i + k] - hyp[i])
    return errs / (n - k), wd / (n - k)


def main(dump, train):
    rows = [json.loads(l) for l in open(dump, encoding="utf-8")]
    totals = {"briefing": [0, 0], "none": [0, 0], "even": [0, 0]}
    parts = gold_parts = 0
    for row in rows:
        stem = os.path.basename(row["file"])[:-4]
        gold = json.load(open(os.path.join(train, stem + ".topics.json")))
        ts = gold["turn_starts"]
        ref = labels(gold["topic_starts"], ts)
        if ref[-1] == 0:
            continue
        k = max(2, round(len(ts) / (ref[-1] + 1) / 2))
        m = ref[-1]
        even = [ts[round(len(ts) * (i + 1) / (m + 1))] for i in range(m)]
        for name, starts in (("briefing", row["starts"]), ("none", []), ("even", even)):
            p, w = pk(ref, labels(starts, ts), k)
            totals[name][0] += p
            totals[name][1] += w
        parts += len(row["starts"]) + 1
        gold_parts += m + 1
    n = len(rows)
    for name, (p, w) in totals.items():
        print(f"{name:9s} Pk {p / n:.3f}  WindowDiff {w / n:.3f}")
    print(f"parts per meeting: briefing {parts / n:.1f}, gold {gold_parts / n:.1f} ({n} meetings)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
