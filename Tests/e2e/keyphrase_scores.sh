#!/usr/bin/env bash
# Per-document topics against readers' keyphrases (DUC-2001, ../shared/eval/keyphrases), with the figures
# reached so far as floors: F1@5 and F1@10 of briefing's topics, and F1@10 above YAKE's in the same run.
# The scorer sets up its own Python (yake, nltk) under ~/.cache/briefing-eval-venv the first time.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.bash
SHARED=${SHARED:-../shared}
EVAL="$SHARED/eval/keyphrases"
[ -f "$EVAL/score_keyphrases.py" ] || { fail "$EVAL not found (CI has ../shared beside the clone)"; finish; exit 1; }

out=$(python3 "$EVAL/score_keyphrases.py" "$BRIEFING" dev 2>&1)
status=$?
echo "$out" | grep -E "^  (system|briefing|YAKE)"
[ $status = 0 ] || { fail "keyphrase scorer failed: $(echo "$out" | tail -1)"; finish; exit 1; }
read -r f5 f10 < <(echo "$out" | awk '$1 == "briefing" { print $2, $3 }')
yake=$(echo "$out" | sed -n 's/.*YAKE F1@10=\([0-9.]*\).*/\1/p' | tail -1)

at_least "keyphrases F1@5" "${f5:-0}" 0.27
at_least "keyphrases F1@10" "${f10:-0}" 0.30
at_least "keyphrases F1@10 above YAKE's" "$(python3 -c "print(round(${f10:-0} - ${yake:-1}, 3))")" 0.03
finish
