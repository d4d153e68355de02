#!/usr/bin/env python3
"""Fits briefing's check-worthiness model: a logistic regression over word and shape features of one sentence,
and writes its weights as Swift source (Sources/BriefingCore/Claims/CheckWorthinessWeights.swift).

    tools/checkworthy/fit.py TRAIN.csv [--out FILE] [--dev DEV.csv]

Data: ClaimBuster (Arslan et al., ICWSM 2020), the train.csv of ../shared/eval/claimbuster: sentences of US
presidential debates labelled check-worthy factual (Verdict 1) or not (0, -1). Only train.csv is fitted on;
the decision threshold is chosen by 4-fold cross-validation over whole debates of train.csv (the threshold
that maximises F1 with at most 40% of sentences predicted); --dev only prints figures on a development file.

Features (the Swift side, CheckWorthiness.swift, computes exactly the same):
  - tokens: the sentence lower-cased, curly apostrophes made straight, cut into runs of letters, digits and
    inner apostrophes; a token holding a digit becomes "<num>";
  - unigrams "w:TOKEN" and bigrams "b:TOKEN_TOKEN" (with "<s>" at the start), present or not;
  - shape (the text's own characters): "s:digit", "s:percent", "s:money", "s:question", "s:len<=6", "s:len7-14", "s:len15-29", "s:len30+",
    "s:first" (the first token is i/we/my/our), "s:you" (you/your anywhere), "s:names0".."s:names3" (how many
    words after the first, split at white space, start with a capital followed by a small letter: names, 3 = 3 or
    more), "s:past" (a token of 5 letters or more ending in "ed").
Model: logistic regression over the features present, each worth 1/sqrt(number of features present) (so a long
sentence is not a claim by length alone), L2 (lambda 1e-3 per example), AdaGrad (rate 0.2) for 5 epochs with a
fixed seed (few epochs regularise: chosen by the cross-validation below among 3-12 epochs, rates 0.1-0.5, with and
without the length normalisation); features seen in fewer than 2 training sentences are dropped. Weights are
averaged over three orders of the sentences (seeds 7, 8, 9), rounded to 4 decimals; every kept feature is written (the Swift side counts the features it knows).
"""
import argparse, csv, math, random, re, sys

TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


def tokens(text):
    t = text.lower().replace("\u2019", "'")
    return ["<num>" if any(c.isdigit() for c in w) else w for w in TOKEN.findall(t)]


def features(text):
    toks = tokens(text)
    f = set()
    prev = "<s>"
    for w in toks:
        f.add("w:" + w)
        f.add("b:" + prev + "_" + w)
        prev = w
    if any(c.isdigit() for c in text): f.add("s:digit")
    if "%" in text or "percent" in toks: f.add("s:percent")
    if "$" in text or "dollars" in toks or "billion" in toks or "million" in toks: f.add("s:money")
    if text.rstrip().endswith("?"): f.add("s:question")
    n = len(toks)
    f.add("s:len<=6" if n <= 6 else "s:len7-14" if n <= 14 else "s:len15-29" if n <= 29 else "s:len30+")
    if toks and toks[0] in ("i", "we", "my", "our"): f.add("s:first")
    if "you" in toks or "your" in toks: f.add("s:you")
    words = text.split()
    names = sum(1 for w in words[1:] if w[:1].isupper() and w[1:2].islower())
    f.add("s:names" + str(min(names, 3)))
    if any(w.endswith("ed") and len(w) > 4 for w in toks): f.add("s:past")
    return f


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [(r["Text"], 1 if r["Verdict"] == "1" else 0, r["File_id"]) for r in csv.DictReader(fh)]


def fit(rows, epochs=5, lam=1e-3, lr=0.2, seed=7):
    counts = {}
    data = []
    for text, y, _ in rows:
        fs = features(text)
        for k in fs: counts[k] = counts.get(k, 0) + 1
        data.append((fs, y))
    keep = {k for k, c in counts.items() if c >= 2}
    data = [([k for k in fs if k in keep], y) for fs, y in data]
    w = {"<bias>": 0.0}
    g2 = {}
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(data)
        for fs, y in data:
            x = 1 / math.sqrt(max(1, len(fs)))
            z = w["<bias>"] + x * sum(w.get(k, 0.0) for k in fs)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = p - y
            for k in fs + ["<bias>"]:
                wk = w.get(k, 0.0)
                grad = g * (x if k != "<bias>" else 1) + (lam * wk if k != "<bias>" else 0)
                g2[k] = g2.get(k, 0.0) + grad * grad
                w[k] = wk - lr * grad / math.sqrt(g2[k] + 1e-8)
    return w


def fit_averaged(rows, seeds=(7, 8, 9)):
    """The mean of three fits that see the sentences in different orders (less variance than one)."""
    ws = [fit(rows, seed=s) for s in seeds]
    keys = set().union(*ws)
    return {k: sum(w.get(k, 0.0) for w in ws) / len(ws) for k in keys}


def prob(w, text):
    fs = [k for k in features(text) if k in w]  # the features the model knows, as CheckWorthiness.swift counts them
    z = w["<bias>"] + sum(w.get(k, 0.0) for k in fs) / math.sqrt(max(1, len(fs)))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def f1_at(scored, t):
    tp = sum(1 for p, y in scored if p >= t and y)
    pred = sum(1 for p, _ in scored if p >= t)
    pos = sum(y for _, y in scored)
    if not pred or not tp: return 0.0, pred / len(scored)
    P, R = tp / pred, tp / pos
    return 2 * P * R / (P + R), pred / len(scored)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--out", default="Sources/BriefingCore/Claims/CheckWorthinessWeights.swift")
    ap.add_argument("--dev")
    a = ap.parse_args()
    rows = load(a.train)
    debates = sorted({r[2] for r in rows})
    folds = [debates[i::4] for i in range(4)]
    scored = []
    for fold in folds:
        w = fit_averaged([r for r in rows if r[2] not in fold])
        scored += [(prob(w, t), y) for t, y, d in rows if d in fold]
    best = max((f1_at(scored, t / 100)[0], t / 100) for t in range(5, 95) if f1_at(scored, t / 100)[1] <= 0.40)
    threshold = best[1]
    print(f"cross-validated on train: F1 {best[0]:.3f} at threshold {threshold:.2f} "
          f"({f1_at(scored, threshold)[1] * 100:.1f} predicted per 100)", file=sys.stderr)
    w = fit_averaged(rows)
    if a.dev:
        dev = load(a.dev)
        f, share = f1_at([(prob(w, t), y) for t, y, _ in dev], threshold)
        print(f"dev: F1 {f:.3f}, {share * 100:.1f} predicted per 100", file=sys.stderr)
    lines = [f"{k}\t{v:.4f}" for k, v in sorted(w.items())]
    body = "\n".join(lines).replace("\\", "\\\\")
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("// Generated by tools/checkworthy/fit.py from ClaimBuster's train.csv (Arslan et al., ICWSM 2020).\n")
        out.write("// Do not edit: run `python3 tools/checkworthy/fit.py ../shared/eval/claimbuster/train.csv` again.\n\n")
        out.write("/// The fitted weights of `CheckWorthiness`: one `feature<TAB>weight` per line, and its threshold.\n")
        out.write("enum CheckWorthinessWeights {\n")
        out.write(f"    static let threshold = {threshold:.2f}\n")
        out.write('    static let table = """\n' + body + '\n"""\n}\n')
    print(f"{len(lines)} weights written to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
