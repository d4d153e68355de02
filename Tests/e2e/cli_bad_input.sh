#!/usr/bin/env bash
# The real binary on bad input: each case gets a one-line message and the right exit code,
# and the rest of the folder still loads.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.bash

# The seeds list with their formats.
out=$("$BRIEFING" list seeds --json)
expect_eq "$?" "0" "list seeds exit"
formats=$(printf '%s' "$out" | python3 -c 'import json,sys; print(" ".join(d["format"] for d in json.load(sys.stdin)["documents"]))')
expect_eq "$formats" "podcast-page article article" "seed formats"

# A missing path: exit 2, one line.
err=$("$BRIEFING" list /no/such/dir 2>&1 >/dev/null); code=$?
expect_eq "$code" "2" "missing path exit"
expect_eq "$err" "briefing: /no/such/dir: no such file or directory" "missing path message"

# A folder of good and bad files: binary, empty, invalid UTF-8, huge, a symlink loop, unreadable.
d="$TMP/mixed"; mkdir -p "$d/sub"
printf 'The council met today. It voted.\n' > "$d/good.txt"
printf '\x7fELF\x00\x01\x02' > "$d/prog.bin"
: > "$d/empty.txt"
printf 'Caf\xe9 au lait. Fine.\n' > "$d/latin1.txt"
truncate -s 200M "$d/huge.txt"
ln -s "$d/sub" "$d/sub/loop"
ln -s "$d/self" "$d/self"
printf 'Secret words here.\n' > "$d/secret.txt"; chmod 000 "$d/secret.txt"
chmod -R a+rX "$d" 2>/dev/null; chmod 000 "$d/secret.txt"
# As root every file is readable, so this run drops to an unprivileged user (with its own copy of the binary).
cp "$BRIEFING" "$TMP/briefing"; chmod 755 "$TMP/briefing"
run_as_user() { if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi; }
mkdir -p "$TMP/nobody-cache" && chmod 1777 "$TMP/nobody-cache"
err=$(cd "$TMP" && XDG_CACHE_HOME="$TMP/nobody-cache" run_as_user "$TMP/briefing" list "$d" 2>&1 >"$TMP/list.out"); code=$?
expect_eq "$code" "0" "mixed folder exit"
expect_contains "$(cat "$TMP/list.out")" "good.txt" "good file listed"
expect_contains "$(cat "$TMP/list.out")" "latin1.txt" "invalid UTF-8 file still listed"
expect_contains "$err" "prog.bin: binary file, skipped" "binary warning"
expect_contains "$err" "empty.txt: empty file, skipped" "empty warning"
expect_contains "$err" "latin1.txt: not valid UTF-8" "UTF-8 warning"
expect_contains "$err" "huge.txt: too large (200 MB" "huge warning"
expect_contains "$err" "self: symbolic link loop, skipped" "self loop warning"
expect_contains "$err" "loop: symbolic link loop, skipped" "dir loop warning"
if [ "$(id -u)" != 0 ] || command -v setpriv >/dev/null; then
  expect_contains "$err" "secret.txt: permission denied" "permission warning"
fi
lines=$(printf "%s\n" "$err" | wc -l); [ "$lines" = 7 ] || printf "%s\n" "$err" >&2
expect_eq "$lines" "7" "one line per problem"

# An index another user owns (a read-only file in a read-only folder) is read, never written or moved
# aside: this run uses a copy in memory, says so once, and list and search answer from it.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  "$BRIEFING" list seeds >/dev/null 2>&1
  ro="$XDG_CACHE_HOME/briefing/index.sqlite"
  sum=$(sha256sum "$ro")
  err=$(run_as_user "$TMP/briefing" list "$d" 2>&1 >/dev/null); code=$?
  expect_eq "$code" "0" "foreign index: still loads"
  expect_contains "$err" "index kept in memory for this run, nothing saved: cannot write $ro (permission denied)" "foreign index: said"
  expect_eq "$(printf '%s\n' "$err" | grep -c 'index kept in memory')" "1" "foreign index: said once"
  expect_not_contains "$err" "moved aside" "foreign index: not moved aside"
  out=$(run_as_user "$TMP/briefing" search Rubicon seeds 2>"$TMP/ro.err"); code=$?
  expect_eq "$code" "0" "read-only index: search exit"
  expect_contains "$out" "[Rubicon]" "read-only index: search answers"
  out=$(run_as_user "$TMP/briefing" list seeds 2>/dev/null)
  expect_eq "$(echo "$out" | grep -c 'seeds/')" "3" "read-only index: every document listed"
  expect_eq "$(sha256sum "$ro")" "$sum" "read-only index: byte-identical afterwards"
fi

# A full disk: the index on a small tmpfs with no room for it. list and search still answer (from an index
# in memory), in one warning; nothing of the user's is touched. Needs root to mount; said when skipped.
full="$TMP/full"
mkdir -p "$full"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=96k tmpfs "$full" 2>/dev/null; then
  out=$("$BRIEFING" list seeds --index "$full/cache/index.sqlite" 2>"$TMP/full.err"); code=$?
  expect_eq "$code" "0" "full disk: list exit"
  expect_eq "$(echo "$out" | grep -c 'seeds/')" "3" "full disk: every document listed"
  expect_contains "$(cat "$TMP/full.err")" "index kept in memory for this run, nothing saved: cannot write $full/cache/index.sqlite (database or disk is full)" "full disk: said"
  expect_eq "$(wc -l < "$TMP/full.err")" "1" "full disk: one line"
  out=$("$BRIEFING" search Kursk seeds --index "$full/cache/index.sqlite" 2>/dev/null); code=$?
  expect_eq "$code" "0" "full disk: search exit"
  expect_contains "$out" "[Kursk]" "full disk: search answers"
  umount "$full"
else
  echo "cli_bad_input: full-disk check skipped (needs root and a tmpfs mount)"
fi

# An index named without a folder lives in the working directory; the second run analyses nothing.
seeds_abs=$(cd seeds && pwd)
out=$(cd "$TMP" && "$BRIEFING" index "$seeds_abs" --index here.sqlite 2>&1); expect_eq "$?" "0" "index file in the working directory"
expect_contains "$out" "3 analysed" "index file in the working directory: analysed"
out=$(cd "$TMP" && "$BRIEFING" index "$seeds_abs" --index here.sqlite 2>&1)
expect_contains "$out" "0 analysed, 3 from the index" "index file in the working directory: reused"

# --index given a file that is not a briefing index: refused in one line, exit 1, the file byte-identical.
printf 'my notes\n' > "$TMP/notes.txt"; cp "$TMP/notes.txt" "$TMP/notes.orig"
err=$("$BRIEFING" list seeds --index "$TMP/notes.txt" 2>&1 >/dev/null); code=$?
expect_eq "$code" "1" "--index on a text file: exit"
expect_contains "$err" "not a briefing index" "--index on a text file: message"
expect_eq "$(echo "$err" | wc -l)" "1" "--index on a text file: one line"
cmp -s "$TMP/notes.txt" "$TMP/notes.orig" && ok || fail "--index on a text file changed it"
expect_eq "$(ls "$TMP" | grep -c 'notes.txt.corrupt')" "0" "--index on a text file: nothing moved aside"
sqlite3 "$TMP/app.db" "CREATE TABLE mine(x); INSERT INTO mine VALUES (42);"; cp "$TMP/app.db" "$TMP/app.orig"
"$BRIEFING" list seeds --index "$TMP/app.db" >/dev/null 2>&1; expect_eq "$?" "1" "--index on another program's database: exit"
cmp -s "$TMP/app.db" "$TMP/app.orig" && ok || fail "--index on another program's database changed it"
"$BRIEFING" list seeds --index "$TMP/fresh.sqlite" >/dev/null 2>&1 && [ "$(sqlite3 "$TMP/fresh.sqlite" 'PRAGMA application_id')" = "1112688966" ] \
  && ok || fail "a new index carries briefing's application_id"

# Six processes creating one new index at once: none refuses it as another program's (an empty database
# holds nothing to lose), none fails.
for round in 1 2 3; do
  rm -f "$TMP/race.sqlite"*
  for k in 1 2 3 4 5 6; do "$BRIEFING" list seeds --index "$TMP/race.sqlite" >/dev/null 2>"$TMP/race.$k.err" & done
  wait
  for k in 1 2 3 4 5 6; do expect_eq "$(cat "$TMP/race.$k.err")" "" "concurrent creation of one index, process $k"; done
done

# A damaged index (bytes written over two pages) is found when opened, said in one line, and rebuilt: every
# document is listed again.
"$BRIEFING" index seeds --index "$TMP/damaged.sqlite" >/dev/null 2>&1
rm -f "$TMP/damaged.sqlite-wal" "$TMP/damaged.sqlite-shm"
dd if=/dev/urandom of="$TMP/damaged.sqlite" bs=4096 seek=3 count=2 conv=notrunc 2>/dev/null
out=$("$BRIEFING" list seeds --index "$TMP/damaged.sqlite" 2>"$TMP/damaged.err"); code=$?
expect_eq "$code" "0" "damaged index: exit"
expect_eq "$(echo "$out" | grep -c 'seeds/')" "3" "damaged index: every document listed"
expect_contains "$(cat "$TMP/damaged.err")" "moved aside" "damaged index: said"
expect_eq "$(wc -l < "$TMP/damaged.err")" "1" "damaged index: one line"
# An index too large to check on open (as if: the size limit set to 0) is rebuilt when the damage is met.
"$BRIEFING" index seeds --index "$TMP/big.sqlite" >/dev/null 2>&1
rm -f "$TMP/big.sqlite-wal" "$TMP/big.sqlite-shm"
size=$(stat -c %s "$TMP/big.sqlite")
# Every page but the first three, which every open reads (the header and schema, the record of migrations).
dd if=/dev/urandom of="$TMP/big.sqlite" bs=4096 seek=3 count=$(( size / 4096 - 3 )) conv=notrunc 2>/dev/null
out=$(BRIEFING_INDEX_CHECKED_SIZE=0 "$BRIEFING" search Rubicon seeds --index "$TMP/big.sqlite" 2>"$TMP/big.err"); code=$?
expect_eq "$code" "0" "damage met in use: exit"
expect_contains "$out" "[Rubicon]" "damage met in use: search answers"
expect_contains "$(cat "$TMP/big.err")" "damaged (" "damage met in use: said"
expect_not_contains "$(cat "$TMP/big.err")" "SQLite error" "damage met in use: no raw SQLite error"

# Hostile file names and metadata never reach the terminal raw: no C0/C1 control other than newline and tab in
# any command's plain output (stdout and stderr).
hostile="$TMP/hostile"; mkdir -p "$hostile"
name=$(printf 'x\033]0;PWNED\007\033[41mred.txt')
printf -- '---\ntitle: "T\\e[31mitle\\u0085x"\ndate: 2024-10-23\n---\nKIRBY: We assess that 3,000 soldiers moved on Monday.\nQ: Thanks.\n' > "$hostile/$name"
cp seeds/001_*.txt "$hostile/$(printf 'b\033[2Jclear\302\233c.txt')"
controls() { LC_ALL=C grep -c $'[\x01-\x08\x0b-\x1f\x7f]\|\xc2[\x80-\x9f]' "$1"; }
for cmd in "list" "speakers" "timeline" "claims" "topics" "summary" "index" "search soldiers" "show $hostile/$name" "turns $hostile/$name"; do
  case $cmd in show*|turns*) set -- $cmd; "$BRIEFING" "$1" "$hostile/$name" > "$TMP/h.out" 2>&1 ;;
    *) "$BRIEFING" $cmd "$hostile" > "$TMP/h.out" 2>&1 ;; esac
  expect_eq "$(controls "$TMP/h.out")" "0" "control bytes in the output of '$cmd' for hostile names"
done

# Markup, character references and subtitle timings are not text: show and search print the words alone.
mk="$TMP/markup"; mkdir -p "$mk"
printf -- '---\ntitle: Rock &amp; Roll\n---\n\nThe treaty, it&#x27;s **signed** &mdash; said _officials_ in `Pyongyang`.<excerpt/>\n' > "$mk/note.md"
printf '1\n00:00:01,000 --> 00:00:02,000\nThe harbour is\n\n2\n00:00:02,000 --> 00:00:04,000\nclosed for <i>repairs</i> &amp; paint.\n' > "$mk/talk.srt"
out=$("$BRIEFING" show "$mk/note.md" 2>&1)
expect_contains "$out" "The treaty, it's signed — said officials in Pyongyang." "Markdown shown as text"
expect_contains "$out" "Rock & Roll" "a character reference in the title decoded"
out=$("$BRIEFING" search harbour "$mk" --index "$TMP/markup.sqlite" 2>&1)
expect_eq "$out" "$mk/talk.srt:32 · Host  The [harbour] is closed for repairs & paint." "subtitle search snippet without timings or tags"
out=$("$BRIEFING" list "$mk" --index "$TMP/markup.sqlite" 2>&1; "$BRIEFING" search signed "$mk" --index "$TMP/markup.sqlite" 2>&1)
for raw in '&amp;' '&#x27;' '**' '<excerpt/>' '-->' '<i>'; do expect_not_contains "$out" "$raw" "no raw $raw in list or search"; done

# Nothing readable: exit 1.
mkdir -p "$TMP/none"; printf '\x00\x01' > "$TMP/none/x.bin"
"$BRIEFING" list "$TMP/none" >/dev/null 2>&1; expect_eq "$?" "1" "nothing readable exit"

# Not a terminal and no subcommand: a clear refusal, exit 2.
err=$("$BRIEFING" seeds 2>&1 >/dev/null); code=$?
expect_eq "$code" "2" "not a tty exit"
expect_contains "$err" "standard output is not a terminal" "not a tty message"

# make install puts the binary where PREFIX says.
make -s install PREFIX="$TMP/prefix" RELEASE="$BRIEFING" >/dev/null 2>&1 && [ -x "$TMP/prefix/bin/briefing" ] && ok || fail "make install"

# The configuration file: config --print shows the effective settings; a bad line is a one-line error.
cfg="$TMP/xdg"; mkdir -p "$cfg/briefing"
out=$(XDG_CONFIG_HOME="$cfg" "$BRIEFING" config --print); code=$?
expect_eq "$code" "0" "config --print without a file"
expect_contains "$out" 'quit = "q"' "the default quit key"
expect_contains "$out" "defaults (no config file)" "says no file was read"
printf '[keys]\nquit = "x"\n[panes]\nleft = 30\n' > "$cfg/briefing/config.toml"
out=$(XDG_CONFIG_HOME="$cfg" "$BRIEFING" config --print)
expect_contains "$out" 'quit = "x"' "the configured quit key"
expect_contains "$out" "left = 30" "the configured pane width"
printf '[keys]\nquit = "x"\n\nfly = "f"\n' > "$cfg/briefing/config.toml"
err=$(XDG_CONFIG_HOME="$cfg" "$BRIEFING" config --print 2>&1 >/dev/null); code=$?
expect_eq "$code" "2" "a bad config exits 2"
expect_eq "$err" "briefing: $cfg/briefing/config.toml, line 4: unknown action 'fly' (see briefing config --print)" "a bad config line, named"

finish
