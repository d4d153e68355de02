#!/usr/bin/env python3
"""Fits the weights of briefing's summary-sentence salience (Sources/BriefingCore/Summaries/SalienceWeights.swift).

  fit.py FEATURES.jsonl SUMMARY_DIR [--write]

FEATURES.jsonl is what `briefing-bench salience-features FILE...` prints for the training transcripts that
prepare_train.py made from QMSum's training split (../shared/eval/qmsum/train/, 162 meetings; never the
development part); SUMMARY_DIR holds each meeting's general summary (<meeting>.summary.txt).

Target: the sentences of the greedy extractive oracle of each meeting (add the sentence that most raises
ROUGE-1 F + ROUGE-2 F against the people's summary, until nothing does), as in the QMSum scorer. Model: an
L2-regularised logistic regression over the features (scikit-learn), the regularisation chosen by ROUGE-L
of the top-scored sentences under the reference's word budget, in 5-fold cross-validation by meeting.
With --write the weights are written into the Swift file.
"""
import collections
import json
import os
import sys

import numpy as np
from rouge_score import rouge_scorer, tokenize
from nltk.stem import porter
from sklearn.linear_model import LogisticRegression

STEM = porter.PorterStemmer()


def toks(text):
    return [STEM.stem(t) if len(t) > 3 else t for t in tokenize.tokenize(text, None)]


def ngrams(t, n):
    return collections.Counter(tuple(t[i:i + n]) for i in range(len(t) - n + 1))


def f1(cand, ref):
    overlap = sum((cand & ref).values())
    if not overlap:
        return 0.0
    p, r = overlap / max(1, sum(cand.values())), overlap / max(1, sum(ref.values()))
    return 2 * p * r / (p + r)


def oracle(sent_toks, ref_toks):
    r1, r2 = ngrams(ref_toks, 1), ngrams(ref_toks, 2)
    chosen, c1, c2, best = [], collections.Counter(), collections.Counter(), 0.0
    while True:
        gain = None
        for i, t in enumerate(sent_toks):
            if i in chosen:
                continue
            s = f1(c1 + ngrams(t, 1), r1) + f1(c2 + ngrams(t, 2), r2)
            if s > best + 1e-9 and (gain is None or s > gain[1]):
                gain = (i, s)
        if gain is None:
            return chosen
        chosen.append(gain[0])
        c1 += ngrams(sent_toks[gain[0]], 1)
        c2 += ngrams(sent_toks[gain[0]], 2)
        best = gain[1]


def main(features_path, summary_dir, write):
    lines = open(features_path, encoding="utf-8").read().splitlines()
    names = json.loads(lines[0])["features"]
    meetings = collections.OrderedDict()
    for line in lines[1:]:
        row = json.loads(line)
        meetings.setdefault(row["file"], []).append(row)
    data = []
    scorer = rouge_scorer.RougeScorer(["rougeLsum"], use_stemmer=True)
    for path, rows in meetings.items():
        stem = os.path.basename(path)[:-4]
        ref = open(os.path.join(summary_dir, stem + ".summary.txt"), encoding="utf-8").read().strip()
        if not ref:
            continue
        st = [toks(r["text"]) for r in rows]
        gold = set(oracle(st, toks(ref)))
        x = np.array([r["x"] for r in rows])
        y = np.array([1 if i in gold else 0 for i in range(len(rows))])
        data.append((stem, rows, x, y, ref))
    print(f"{len(data)} meetings, {sum(len(d[1]) for d in data)} sentences, {sum(int(d[3].sum()) for d in data)} in oracles")

    def rouge_of(model_w, b, items):
        scores = []
        for stem, rows, x, y, ref in items:
            s = x @ model_w + b
            budget = len(ref.split())
            order = np.argsort(-s, kind="stable")
            picked, words = [], 0
            for i in order:
                if words >= budget:
                    break
                picked.append(i)
                words += len(rows[i]["text"].split())
            text = "\n".join(rows[i]["text"] for i in sorted(picked))
            scores.append(scorer.score(ref, text)["rougeLsum"].fmeasure * 100)
        return float(np.mean(scores))

    folds = [data[k::5] for k in range(5)]
    best = None
    for c in [0.01, 0.1, 1.0, 10.0]:
        for weight in [None, "balanced"]:
            cv = []
            for k in range(5):
                train = [d for j, f in enumerate(folds) if j != k for d in f]
                model = LogisticRegression(C=c, class_weight=weight, max_iter=2000)
                model.fit(np.vstack([d[2] for d in train]), np.concatenate([d[3] for d in train]))
                cv.append(rouge_of(model.coef_[0], model.intercept_[0], folds[k]))
            mean = float(np.mean(cv))
            print(f"C={c:<5} class_weight={str(weight):<8} cross-validated ROUGE-Lsum {mean:.2f}")
            if best is None or mean > best[0]:
                best = (mean, c, weight)
    # Baseline for scale: centrality times length, the score before the fit.
    i, j = names.index("central"), names.index("centralWords")
    base = np.zeros(len(names)); base[j] = 1.0
    print(f"centrality x length (before): ROUGE-Lsum {rouge_of(base, 0.0, data):.2f}")
    model = LogisticRegression(C=best[1], class_weight=best[2], max_iter=2000)
    model.fit(np.vstack([d[2] for d in data]), np.concatenate([d[3] for d in data]))
    print(f"chosen C={best[1]} class_weight={best[2]}; fitted on all: ROUGE-Lsum {rouge_of(model.coef_[0], model.intercept_[0], data):.2f}")
    for n, w in zip(names, model.coef_[0]):
        print(f"  {n:<16} {w:+.3f}")
    if write:
        out = os.path.join(os.path.dirname(__file__), "../../Sources/BriefingCore/Summaries/SalienceWeights.swift")
        with open(out, "w", encoding="utf-8") as f:
            f.write("// Generated by tools/salience/fit.py from QMSum's training split (162 meetings; Zhong et al., NAACL 2021),\n")
            f.write("// turned into transcripts by tools/salience/prepare_train.py. Do not edit: run both again (see fit.py).\n\n")
            f.write("/// The fitted weights of `SalienceFeatures`, in the order of `SalienceFeatures.names`.\n")
            f.write("enum SalienceWeights {\n")
            f.write(f"    static let bias = {model.intercept_[0]:.4f}\n")
            f.write("    static let weights: [Double] = [\n")
            for n, w in zip(names, model.coef_[0]):
                f.write(f"        {w:.4f}, // {n}\n")
            f.write("    ]\n}\n")
        print(f"wrote {os.path.normpath(out)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--write" in sys.argv[3:])
