# Shared helpers for the end-to-end scripts: assertions that say what failed, and a temp folder.
BRIEFING=${BRIEFING:-.build/debug/briefing}
BRIEFING=$(cd "$(dirname "$BRIEFING")" && pwd)/$(basename "$BRIEFING")
passed=0
failed=0
TMP=$(mktemp -d)
chmod 755 "$TMP"
# The index goes to the test's own folder, not the user's cache.
export XDG_CACHE_HOME="$TMP/cache"
mkdir -p "$XDG_CACHE_HOME" && chmod 1777 "$XDG_CACHE_HOME" # writable for the unprivileged run too
trap 'rm -rf "$TMP"' EXIT

ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
expect_eq() { [ "$1" = "$2" ] && ok || fail "$3: expected [$2], got [$1]"; }
expect_contains() { case "$1" in *"$2"*) ok ;; *) fail "$3: [$2] not in [$1]" ;; esac; }
expect_not_contains() { case "$1" in *"$2"*) fail "$3: [$2] should not be in output" ;; *) ok ;; esac; }
# at_least NAME GOT BAR / at_most NAME GOT BAR: a measured figure against its floor (or ceiling).
at_least() {
  echo "$1: $2 (floor $3)"
  python3 -c "import sys; sys.exit(0 if $2 >= $3 else 1)" && ok || fail "$1 $2 below $3"
}
at_most() {
  echo "$1: $2 (ceiling $3)"
  python3 -c "import sys; sys.exit(0 if $2 <= $3 else 1)" && ok || fail "$1 $2 above $3"
}
finish() {
  echo "$(basename "$0"): $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
