#!/usr/bin/env bash
# The timeline against people's gold: the seeds and the White House corpus (../shared/eval/score.py timeline: dated
# recall, labels naming the event, noise, merges) and TimeBank (../shared/eval/tempeval: value F1), with issue 13's
# bars as floors.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.bash
SHARED=${SHARED:-../shared}
EVAL="$SHARED/eval"
[ -f "$EVAL/score.py" ] || { fail "$EVAL/score.py not found (CI has ../shared beside the clone)"; finish; exit 1; }
export XDG_CACHE_HOME="$TMP/cache"

# figure NAME OUTPUT: K/N of the scorer's line "NAME: K/N" as a fraction (and K alone in $count).
figure() {
  local kn
  kn=$(printf '%s\n' "$2" | sed -n "s/^$1: \([0-9]*\)\/\([0-9]*\).*/\1 \2/p" | head -1)
  set -- $kn
  count=${1:-999}
  python3 -c "print(round(${1:-0} / max(1, ${2:-1}), 3))"
}

"$BRIEFING" timeline seeds --json > "$TMP/seeds.json" && ok || fail "briefing timeline seeds --json"
out=$(python3 "$EVAL/score.py" timeline "$EVAL/timeline.gold.json" seeds "$TMP/seeds.json" --min-recall 0.95 --max-noise 1)
code=$?
printf '%s\n' "$out" | grep -E "^(timeline dated recall|labels naming|noise events|same-event|different events|core)"
[ "$code" = 0 ] && ok || fail "seeds: dated recall below 0.95 or more than 1 noise event"
core=$(printf '%s\n' "$out" | sed -n 's/^core events dated right: \([0-9]*\)\/\([0-9]*\)$/\1 \2/p')
set -- $core
[ -n "${1:-}" ] && [ "$1" = "$2" ] && ok || fail "seeds: not every core event dated right ($core)"
at_least "seeds: labels naming the event" "$(figure 'labels naming the event' "$out")" 0.8

"$BRIEFING" timeline "$EVAL/corpus/docs" --json > "$TMP/corpus.json" 2>/dev/null && ok || fail "briefing timeline corpus --json"
out=$(python3 "$EVAL/score.py" timeline "$EVAL/corpus/gold/timeline.gold.json" "$EVAL/corpus/docs" "$TMP/corpus.json" --min-recall 0.75 --max-noise 2)
code=$?
printf '%s\n' "$out" | grep -E "^(timeline dated recall|labels naming|noise events|same-event|different events)"
[ "$code" = 0 ] && ok || fail "corpus: dated recall below 0.75 or more than 2 noise events"
at_least "corpus: labels naming the event" "$(figure 'labels naming the event' "$out")" 0.7
at_least "corpus: same-event mentions merged" "$(figure 'same-event mentions merged' "$out")" 0.6
figure 'different events merged wrongly' "$out" > /dev/null
at_most "corpus: different events merged wrongly" "$count" 2

out=$(python3 "$EVAL/tempeval/score_tempeval.py" "$BRIEFING" dev --no-baseline --no-per-doc --errors 0 2>&1) \
  || { fail "tempeval scorer failed: $(echo "$out" | tail -1)"; finish; exit 1; }
f1=$(printf '%s\n' "$out" | sed -n 's/^tempeval dev: .*value F1=\([0-9.]*\).*/\1/p')
at_least "TimeBank dev value F1" "${f1:-0}" 0.8
finish
