#!/usr/bin/env bash
# The seed scores from ../shared/eval/score.py, with the bars the issues set. A bar not met fails make test.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.bash
SHARED=${SHARED:-../shared}
EVAL="$SHARED/eval"
[ -f "$EVAL/score.py" ] || { fail "$EVAL/score.py not found (CI has ../shared beside the clone)"; finish; exit 1; }
S0=seeds/000_5a7a99150c1a8c2f.txt

"$BRIEFING" turns "$S0" --json > "$TMP/turns.json" && ok || fail "briefing turns --json"
python3 "$EVAL/score.py" speakers "$EVAL/speakers_000.gold.json" "$S0" "$TMP/turns.json" --min-accuracy 0.90 \
  && ok || fail "speaker word accuracy below 0.90"

"$BRIEFING" timeline seeds --json > "$TMP/timeline.json" && ok || fail "briefing timeline --json"
out=$(python3 "$EVAL/score.py" timeline "$EVAL/timeline.gold.json" seeds "$TMP/timeline.json" --min-recall 0.85)
code=$?
printf '%s\n' "$out" | tail -n 4
[ "$code" = 0 ] && ok || fail "timeline dated recall below 0.85"
core=$(printf '%s\n' "$out" | sed -n 's/^core events dated right: \([0-9]*\)\/\([0-9]*\)$/\1 \2/p')
set -- $core
[ -n "${1:-}" ] && [ "$1" = "$2" ] && ok || fail "not every core event dated right ($core)"

"$BRIEFING" claims seeds --json > "$TMP/claims.json" && ok || fail "briefing claims --json"
python3 "$EVAL/score.py" claims "$EVAL/claims.gold.json" seeds "$TMP/claims.json" --min-recall 0.70 --max-wrong 0 --max-claim-chars 600 \
  && ok || fail "claims below the bars (recall 0.70, no wrong links, claims at most 600 characters)"
finish
