#!/usr/bin/env bash
# Claims against people's labels: ClaimBuster check-worthiness (dev part of ../shared/eval/claimbuster) and the
# related-claim clusters of the White House corpus (../shared/eval/corpus), with the figures reached so far as floors.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.bash
SHARED=${SHARED:-../shared}
EVAL="$SHARED/eval"
[ -f "$EVAL/claimbuster/score_claimbuster.py" ] || { fail "$EVAL/claimbuster not found (CI has ../shared beside the clone)"; finish; exit 1; }
export XDG_CACHE_HOME="$TMP/cache"

out=$(python3 "$EVAL/claimbuster/score_claimbuster.py" "$BRIEFING" dev 2>&1) || { fail "claimbuster scorer failed: $(echo "$out" | tail -1)"; finish; exit 1; }
read -r f1 per100 < <(echo "$out" | awk '$1 == "briefing" && $2 > 1000 { print $6, $10; exit }')
at_least "ClaimBuster dev F1 (check-worthy)" "${f1:-0}" 0.72
at_most "ClaimBuster dev claims per 100 sentences" "${per100:-100}" 40

# The same claims and links on every run (sums must not follow a hash table's order, which changes per process).
"$BRIEFING" claims seeds --json > "$TMP/seeds1.json" && "$BRIEFING" claims seeds --json > "$TMP/seeds2.json" \
  && cmp -s "$TMP/seeds1.json" "$TMP/seeds2.json" && ok || fail "briefing claims differs from one run to the next on the seeds"
"$BRIEFING" claims "$EVAL/corpus/docs" --json > "$TMP/claims.json" 2>/dev/null && ok || fail "briefing claims on the corpus"
python3 "$EVAL/score.py" claims "$EVAL/corpus/gold/claims.gold.json" "$EVAL/corpus/docs" "$TMP/claims.json" --min-recall 0.50 --max-wrong 0 \
  | tail -2 && ok || fail "corpus claims below the floors (pair recall 0.50, no unrelated pair linked)"
finish
