#!/usr/bin/env python3
"""The QMSum figures `summary_scores.sh` holds as floors, computed with the scorer's own functions
(../shared/eval/qmsum/score_qmsum.py: its budget search, its sentence splitter, its ROUGE and its LexRank),
without the scorer's slower peers (TextRank, Lead, Random, the oracles).

  qmsum_figures.py BRIEFING SHARED

Prints one line: whole-meeting ROUGE-L, LexRank-on-8+-word-sentences ROUGE-L, per-speaker ROUGE-L, the share
of summary sentences opening with "I", and the number opening in mid-clause. A sentence opens in mid-clause
when its first letter is lower-case or its first word is a conjunction or relative word that continues a
clause before it (and, but, or, nor, so, because, which, whom, whose, whereas, than).
"""
import json
import os
import subprocess
import sys
import tempfile

briefing, shared = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
sys.path.insert(0, os.path.join(shared, "eval", "qmsum"))
import score_qmsum as q  # noqa: E402

try:
    import rouge_score, sumy  # noqa: F401,E401
except ImportError:
    if os.environ.get("QMSUM_FIGURES_REEXEC"):
        sys.exit("qmsum_figures: sumy/rouge-score not importable in " + q.VENV)
    py = os.path.join(q.VENV, "bin", "python")
    if subprocess.run([py, "-c", "import sumy, rouge_score"], capture_output=True).returncode != 0 if os.path.exists(py) else True:
        if not os.path.exists(py):
            subprocess.run([sys.executable, "-m", "venv", q.VENV], check=True)
        subprocess.run([py, "-m", "pip", "install", "-q", *q.PINS], check=True)
    os.execve(py, [py, os.path.abspath(__file__)] + sys.argv[1:], dict(os.environ, QMSUM_FIGURES_REEXEC="1"))

CONTINUING = {"and", "but", "or", "nor", "so", "because", "which", "whom", "whose", "whereas", "than"}

tmp = tempfile.mkdtemp(prefix="qmsum_figures.")
src = q.load_part("dev", tmp)
data = json.load(open(os.path.join(src, "meetings.json"), encoding="utf-8"))
br, rouge = q.Briefing(briefing, tmp), q.Rouge()
whole, lexrank, speaker = [], [], []
shown = opens_i = mid_clause = 0
for m, meta in sorted(data["meetings"].items()):
    path = os.path.join(src, "docs", m + ".txt")
    text = q.read_text(path)
    sents = q.sentences_of(text, q.parse_turns(text, [s["label"] for s in meta["speakers"]]))
    ref = meta["general"]["answer"]
    W = q.nwords(ref)
    chosen, _ = br.summary(path, W)
    texts = [s.get("text", "") for s in chosen or []]
    whole.append(rouge(texts, ref)[2])
    for t in texts:
        shown += 1
        first = t.split()[0] if t.split() else ""
        opens_i += first == "I" or first.startswith("I'")
        mid_clause += t[:1].islower() or first.lower().strip(",;:") in CONTINUING
    wf = lambda i: q.nwords(sents[i][2])
    long_ = [i for i in range(len(sents)) if wf(i) >= q.MIN_WORDS]
    order = [long_[j] for j in q.sumy_rank([sents[i] for i in long_], "lexrank")]
    lexrank.append(rouge([sents[i][2] for i in sorted(q.budget_prefix(order, wf, W))], ref)[2])
    for query in (x for x in meta["specific"] if x.get("speaker")):
        chosen, _ = br.summary(path, q.nwords(query["answer"]), speaker=query["speaker"])
        speaker.append(rouge([s.get("text", "") for s in chosen or []], query["answer"])[2])
for e in br.errors[:5]:
    print("briefing error:", e, file=sys.stderr)
mean = lambda xs: sum(xs) / max(1, len(xs))
print(f"whole {mean(whole):.2f} lexrank8 {mean(lexrank):.2f} speaker {mean(speaker):.2f} "
      f"iopen {opens_i / max(1, shown):.3f} midclause {mid_clause} shown {shown} errors {len(br.errors)}")
