#!/usr/bin/env python3
"""The plain baseline the claims issue names: TF-IDF over words (and word pairs) with a logistic regression,
fitted on ClaimBuster's train.csv and scored sentence by sentence on dev.csv (F1 for check-worthy, Verdict 1).
For comparison only: briefing ships the model of fit.py. Needs scikit-learn (pip install scikit-learn).

    tools/checkworthy/tfidf_baseline.py ../shared/eval/claimbuster/train.csv ../shared/eval/claimbuster/dev.csv
"""
import csv
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["Text"] for r in rows], [1 if r["Verdict"].strip() == "1" else 0 for r in rows]


def main():
    train_x, train_y = load(sys.argv[1])
    dev_x, dev_y = load(sys.argv[2])
    for ngrams in [(1, 1), (1, 2)]:
        vec = TfidfVectorizer(ngram_range=ngrams, min_df=2, sublinear_tf=True)
        xt = vec.fit_transform(train_x)
        model = LogisticRegression(max_iter=2000, C=4.0).fit(xt, train_y)
        p = model.predict_proba(vec.transform(dev_x))[:, 1]
        for threshold in [0.5, 0.35, 0.3, 0.25]:
            pred = [1 if v >= threshold else 0 for v in p]
            print(f"tf-idf {ngrams} LR, threshold {threshold}: dev F1 {f1_score(dev_y, pred):.3f}, "
                  f"{100 * sum(pred) / len(pred):.1f} predicted per 100 sentences")


if __name__ == "__main__":
    main()
