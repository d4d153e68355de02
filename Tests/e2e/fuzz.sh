#!/usr/bin/env bash
# The parsers under generated and mutated input (briefing-fuzz, a fixed seed, 430 inputs per parser:
# about 3,000): no crash, no hang, every offset inside its text, nothing unsafe shown. `make fuzz` runs
# many more. A failure prints the input; a crash leaves it in the file named below.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.bash
FUZZ="$(dirname "$BRIEFING")/briefing-fuzz"
[ -x "$FUZZ" ] && ok || fail "no briefing-fuzz beside $BRIEFING"
out=$("$FUZZ" --save-current "$TMP/current-input.txt" 2>&1); code=$?
echo "$out" | tail -1
if [ "$code" -ne 0 ]; then
  fail "briefing-fuzz exit $code: $(echo "$out" | head -20)"
  [ -f "$TMP/current-input.txt" ] && cp "$TMP/current-input.txt" "${FUZZ_KEEP:-/tmp}/briefing-fuzz-failing-input.txt"
else
  ok
fi
expect_contains "$out" "no crash, no hang" "fuzz summary"
finish
