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

# The seeds' timeline (dated recall 0.95, every core event, labels, noise) is scored in timeline_scores.sh.

"$BRIEFING" claims seeds --json > "$TMP/claims.json" && ok || fail "briefing claims --json"
python3 "$EVAL/score.py" claims "$EVAL/claims.gold.json" seeds "$TMP/claims.json" --min-recall 0.70 --max-wrong 0 --max-claim-chars 600 \
  && ok || fail "claims below the bars (recall 0.70, no wrong links, claims at most 600 characters)"
finish
