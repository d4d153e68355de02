#!/usr/bin/env bash
# Summaries against people's summaries (QMSum development part, ../shared/eval/qmsum), with issue 19's bars
# as floors: whole-meeting and per-speaker ROUGE-L, the margin over LexRank on sentences of
# 8+ words, at most 12% of sentences opening with "I" and none opening in mid-clause (qmsum_figures.py
# says how they are counted). About 700 summaries are made, so this uses a release build ($BRIEFING_RELEASE,
# which `make test` builds) when there is one.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.bash
SHARED=${SHARED:-../shared}
[ -f "$SHARED/eval/qmsum/score_qmsum.py" ] || { fail "$SHARED/eval/qmsum not found (CI has ../shared beside the clone)"; finish; exit 1; }
BIN=${BRIEFING_RELEASE:-$BRIEFING}
[ -x "$BIN" ] || BIN=$BRIEFING

out=$(python3 Tests/e2e/qmsum_figures.py "$BIN" "$SHARED" 2>&1)
status=$?
echo "$out" | tail -3
[ $status = 0 ] || { fail "qmsum figures failed"; finish; exit 1; }
read -r whole lexrank speaker iopen midclause errors < <(echo "$out" | awk '$1 == "whole" { print $2, $4, $6, $8, $10, $14 }')

at_least "QMSum whole-meeting ROUGE-L" "${whole:-0}" 25.0
at_least "QMSum whole-meeting ROUGE-L above LexRank 8w+" "$(python3 -c "print(round(${whole:-0} - ${lexrank:-99}, 2))")" 4.0
at_least "QMSum per-speaker ROUGE-L" "${speaker:-0}" 21.0
at_most "QMSum share of summary sentences opening with I" "${iopen:-1}" 0.12
at_most "QMSum summary sentences opening in mid-clause" "${midclause:-99}" 0
at_most "briefing errors while summarising" "${errors:-99}" 0
finish
