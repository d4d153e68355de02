#!/usr/bin/env bash
# make install into a staging folder: the binary, a manual page that man renders without warnings, and
# completion scripts for bash, zsh and fish that the binary generates (bash's completes subcommands).
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.bash

dest="$TMP/stage"
make --no-print-directory install DESTDIR="$dest" PREFIX=/usr SHARED="$SHARED" >"$TMP/install.log" 2>&1
expect_eq "$?" "0" "make install ($(tail -3 "$TMP/install.log"))"
for f in bin/briefing share/man/man1/briefing.1 share/bash-completion/completions/briefing \
         share/zsh/site-functions/_briefing share/fish/vendor_completions.d/briefing.fish; do
  [ -s "$dest/usr/$f" ] && ok || fail "$f not installed"
done
[ -x "$dest/usr/bin/briefing" ] && ok || fail "installed binary not executable"

# The manual: renders, warns of nothing, and documents the subcommands and their options.
page=$(groff -mandoc -Tutf8 -P-cbou -ww "$dest/usr/share/man/man1/briefing.1" 2>"$TMP/groff.err")
expect_eq "$(cat "$TMP/groff.err")" "" "groff renders the manual without warnings"
for word in "timeline" "claims" "summary" "export" "config" "--speaker" "--json"; do
  expect_contains "$page" "$word" "the manual documents $word"
done

# bash completion: the script loads, registers briefing, and offers subcommands for 'briefing ti'.
got=$(bash --norc --noprofile -c '
  source "$1"
  complete -p briefing >/dev/null || exit 3
  COMP_WORDS=(briefing ti); COMP_CWORD=1; COMP_LINE="briefing ti"; COMP_POINT=${#COMP_LINE}
  fn=$(complete -p briefing | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
  "$fn" briefing ti briefing
  printf "%s\n" "${COMPREPLY[@]}"' _ "$dest/usr/share/bash-completion/completions/briefing" 2>&1)
expect_contains "$got" "timeline" "bash completes 'briefing ti' to timeline"
expect_contains "$(head -3 "$dest/usr/share/zsh/site-functions/_briefing")" "#compdef briefing" "zsh completion header"
expect_contains "$(cat "$dest/usr/share/fish/vendor_completions.d/briefing.fish")" "complete -c 'briefing'" "fish completion commands"
finish
