#!/usr/bin/env bash
# Drives the real binary in tmux at 120x40: keys as a person types them, the screen as a person sees it,
# a clean exit on q and on SIGTERM, and hostile escape sequences in a document shown as placeholders.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.bash
ROOT=$(pwd)
SOCK="briefing-e2e-$$"
T() { tmux -L "$SOCK" "$@"; }
trap 'T kill-server 2>/dev/null; rm -rf "$TMP"' EXIT

# The reader reads $XDG_CONFIG_HOME/briefing/config.toml: an empty home for it, so a developer's own
# settings do not change what these tests see.
export XDG_CONFIG_HOME="$TMP/config"
mkdir -p "$XDG_CONFIG_HOME/briefing"
screen() { T capture-pane -t e2e -p; }
# Stops the tmux server of this test and waits until it is gone, so the next session starts clean.
fresh() { T kill-server 2>/dev/null; for _ in $(seq 1 50); do T has-session 2>/dev/null || return 0; sleep 0.1; done; }
wait_for() { # text, seconds
  for _ in $(seq 1 $(( $2 * 10 ))); do screen | grep -qF -- "$1" && return 0; sleep 0.1; done
  return 1
}
wait_file() { for _ in $(seq 1 100); do [ -s "$1" ] && return 0; sleep 0.1; done; return 1; }
start() { # name, args...; records the exit status and the tty mode after exit
  local name=$1; shift
  rm -f "$TMP/$name".*
  fresh
  T new-session -d -s e2e -x 120 -y 40 \
    "cd '$ROOT' && sh -c 'echo \$\$ > $TMP/$name.pid; exec \"$BRIEFING\" $*'; echo \$? > $TMP/$name.exit; stty -a > $TMP/$name.stty; echo SHELL-READY; sleep 60"
}
keys() { T send-keys -t e2e "$@"; sleep 0.25; }

# 1. A session on seeds/.
start run seeds
wait_for "Documents (3)" 10 && ok || fail "reader did not come up: $(screen | head -5)"
s=$(screen)
expect_contains "$s" "Crossing the Rubicon: North Korea Sends Troops to Russia" "document title on the title line"
# The document is decoded off the loop: its text and speakers follow the list.
wait_for "Victor Cha" 10 && ok || fail "the first document's text did not arrive: $(screen | head -5)"
s=$(screen)
expect_contains "$s" "Speakers, inferred (" "speakers pane, saying the speakers of the unlabelled podcast page are inferred"
expect_contains "$s" "Victor Cha" "a speaker name in the speakers pane"
keys Tab j Enter
s=$(screen)
expect_contains "$s" "Reader · only Victor Cha" "speaker filter from the speakers pane"
expect_contains "$s" "▍Victor Cha" "the reader heads the filtered turns with the speaker"
keys / ; T send-keys -t e2e -l "Tumangang"; sleep 0.3; keys Enter n
s=$(screen)
expect_contains "$s" "/Tumangang 1/1" "search count in the reader header"
# The highlight: the match is drawn reverse/coloured exactly where the word stands on screen.
T capture-pane -t e2e -p -e > "$TMP/esc.txt"
pos=$(python3 - "$TMP/esc.txt" <<'PY'
import re, sys
for row, line in enumerate(open(sys.argv[1], encoding="utf-8").read().split("\n")):
    plain = re.sub(r"\x1b\[[0-9;]*m", "", line)
    hit = re.search(r"(?<!/)Tumangang", plain)  # the word in the text, not the query in the header
    if not hit: continue
    col = hit.start()
    # The SGR in force just before the word must set a background colour or reverse video.
    m = re.search(r"(\x1b\[[0-9;]*m)+(?<!/)Tumangang", line)
    sgr = m.group(0) if m else ""
    highlighted = bool(re.search(r"\x1b\[[0-9;]*(4[0-7]|7)[;m]", sgr))
    print(f"{row},{col},{int(highlighted)}"); break
PY
)
expect_eq "${pos##*,}" "1" "search match highlighted (row,col: ${pos%,*})"
row=${pos%%,*}; [ -n "$row" ] && [ "$row" -ge 2 ] && [ "$row" -le 38 ] && ok || fail "match row $row not inside the reader"
keys '?'
s=$(screen)
expect_contains "$s" "Help" "help overlay title"
expect_contains "$s" "jump back" "help overlay lists actions"
keys q
expect_not_contains "$(screen)" "jump back" "help closes on q"
keys q
wait_file "$TMP/run.exit" && ok || fail "process did not exit on q"
expect_eq "$(cat "$TMP/run.exit" 2>/dev/null)" "0" "exit status after q"
wait_for "SHELL-READY" 5 && ok || fail "shell did not get the pane back"
expect_not_contains "$(screen)" "Documents (3)" "reader screen gone after exit"
stty_after=$(cat "$TMP/run.stty" 2>/dev/null)
expect_contains "$stty_after" " echo " "terminal echo restored"
expect_contains "$stty_after" " icanon " "terminal canonical mode restored"

# 2. SIGTERM restores the terminal too.
start term seeds
wait_for "Documents (3)" 10 && ok || fail "reader did not come up for SIGTERM"
kill -TERM "$(cat "$TMP/term.pid")"
wait_file "$TMP/term.exit" && ok || fail "process did not exit on SIGTERM"
expect_eq "$(cat "$TMP/term.exit" 2>/dev/null)" "143" "exit status after SIGTERM"
wait_for "SHELL-READY" 5 && ok || fail "shell did not get the pane back after SIGTERM"
expect_not_contains "$(screen)" "Documents (3)" "reader screen gone after SIGTERM"
expect_contains "$(cat "$TMP/term.stty" 2>/dev/null)" " echo " "echo restored after SIGTERM"

# 3. A crash in our code (a trap after the first frame) still gives the terminal back.
rm -f "$TMP/crash".*
fresh
T new-session -d -s e2e -x 120 -y 40 \
  "cd '$ROOT' && BRIEFING_TEST_CRASH=1 \"$BRIEFING\" seeds 2>/dev/null; echo \$? > $TMP/crash.exit; stty -a > $TMP/crash.stty; echo SHELL-READY; sleep 60"
wait_file "$TMP/crash.exit" && ok || fail "process did not die on the test crash"
code=$(cat "$TMP/crash.exit" 2>/dev/null)
[ "${code:-0}" -gt 128 ] && ok || fail "crash exit status $code is not a signal death"
wait_for "SHELL-READY" 5 && ok || fail "shell did not get the pane back after a crash"
expect_not_contains "$(screen)" "Documents (3)" "reader screen gone after a crash"
expect_contains "$(cat "$TMP/crash.stty" 2>/dev/null)" " echo " "echo restored after a crash"

# 4. Hostile text: OSC title change, clear screen, right-to-left override.
mkdir -p "$TMP/evil"
printf 'Hostile document\n\nBefore \033]0;pwned\007 middle \033[2J after \342\200\256reversed text ends here.\n' > "$TMP/evil/evil.txt"
# Positive control: the same bytes written raw do change the pane title, so the check below can fail.
fresh
T new-session -d -s e2e -x 120 -y 40 "printf '\033]0;pwned\007'; sleep 30"
sleep 0.5
expect_eq "$(T display -p -t e2e '#{pane_title}')" "pwned" "control: raw OSC sets the title"
start evil "$TMP/evil"
wait_for "Documents (1)" 10 && ok || fail "reader did not come up on the hostile document"
# The document is read off the loop: its last words (after both sequences) show that it has been drawn, and
# only then can its OSC have reached the terminal.
wait_for "reversed" 15 && ok || fail "the hostile document's text did not arrive: $(screen | head -3)"
title=$(T display -p -t e2e '#{pane_title}')
expect_not_contains "$title" "pwned" "terminal title unchanged"
s=$(screen)
expect_contains "$s" "␛]0;pwned␇" "OSC shown as placeholders"
expect_contains "$s" "␛[2J" "CSI shown as placeholders"
expect_contains "$s" "�reversed" "bidi override shown as a placeholder"
expect_contains "$s" "Before" "screen not cleared by the document"
keys q
wait_file "$TMP/evil.exit" && ok || fail "process did not exit"

# 5. No TERM, an unknown TERM, a tiny terminal.
fresh
T new-session -d -s e2e -x 200 -y 12 \
  "cd '$ROOT'; env -u TERM '$BRIEFING' seeds 2>&1; echo EXIT=\$?; TERM=bogus-term '$BRIEFING' seeds 2>&1; echo EXIT=\$?; sleep 30"
for _ in $(seq 1 50); do [ "$(screen | grep -c '^EXIT=2$')" -ge 2 ] && break; sleep 0.1; done
s=$(screen)
expect_contains "$s" "briefing: TERM is not set; cannot open the reader" "TERM unset message"
expect_contains "$s" "briefing: unknown terminal type 'bogus-term'" "unknown TERM message"
expect_eq "$(printf '%s\n' "$s" | grep -c '^EXIT=2$')" "2" "both exit 2"
fresh
T new-session -d -s e2e -x 50 -y 12 "cd '$ROOT' && '$BRIEFING' seeds; sleep 30"
wait_for "terminal too small (50x12); need 60x15" 10 && ok || fail "tiny terminal message: $(screen)"
T resize-window -t e2e -x 120 -y 40 2>/dev/null || T resize-pane -t e2e -x 120 -y 40
wait_for "Documents (3)" 5 && ok || fail "no relayout after growing the terminal: $(screen | head -3)"
keys q

# 6. A rename in the reader edits briefing.yaml in place: its comments, order and formatting stay.
mkdir -p "$TMP/renames"
printf 'MS. ROE: Good afternoon. Today we talk about ports.\nMR. DALE: Which ports?\nMS. ROE: The northern ones.\n' > "$TMP/renames/call.txt"
cat > "$TMP/renames/briefing.yaml" <<'YAML'
# Notes kept by hand: who is who.
documents:
  zeta.txt:     # another call, listed first on purpose
    title: Zeta
  call.txt:
    title: The ports call   # as the invitation says
    speakers: { "MR. DALE": Reporter }

# end of notes
YAML
cp "$TMP/renames/briefing.yaml" "$TMP/renames.before"
start rename "$TMP/renames"
wait_for "Documents (1)" 10 && ok || fail "reader did not come up on the renames folder"
# Its speakers come with its text, read off the loop.
wait_for "Good afternoon" 10 && ok || fail "the call's text did not arrive: $(screen | head -3)"
keys Tab R C-u
T send-keys -t e2e -l "Jane Roe"; sleep 0.2; keys Enter
wait_for "saved in" 5 && ok || fail "no 'saved' message after the rename: $(screen | tail -2)"
added=$(diff "$TMP/renames.before" "$TMP/renames/briefing.yaml" | grep -c '^[<>]')
expect_eq "$added" "2" "one line changed in briefing.yaml, every other line as it was"
expect_contains "$(cat "$TMP/renames/briefing.yaml")" 'speakers: { "MR. DALE": Reporter, MS. ROE: Jane Roe }' "the new alias inside the flow mapping"
expect_contains "$(screen)" "Jane Roe" "the renamed speaker on screen"
keys q
wait_file "$TMP/rename.exit" && ok || fail "process did not exit after the rename"
start rename2 "$TMP/renames"
wait_for "Jane Roe" 10 && ok || fail "the rename did not hold on the next open"
keys q

# 7a. Ctrl-C asks first, and a second Ctrl-C quits with the terminal restored.
start ctrlc seeds
wait_for "Documents (3)" 10 && ok || fail "reader did not come up for Ctrl-C"
keys C-c
wait_for "Ctrl-C again quits" 3 && ok || fail "first Ctrl-C did not ask: $(screen | tail -1)"
keys j
[ -s "$TMP/ctrlc.exit" ] && fail "quit on one Ctrl-C followed by another key" || ok
keys C-c C-c
wait_file "$TMP/ctrlc.exit" && ok || fail "process did not exit on Ctrl-C Ctrl-C"
expect_eq "$(cat "$TMP/ctrlc.exit" 2>/dev/null)" "0" "exit status after Ctrl-C Ctrl-C"
expect_contains "$(cat "$TMP/ctrlc.stty" 2>/dev/null)" " echo " "echo restored after Ctrl-C"

# 7b. Ctrl-Z gives the terminal back to a job-control shell, and fg brings the reader back whole.
fresh
T new-session -d -s e2e -x 120 -y 40 "cd '$ROOT' && PS1='PROMPT\$ ' bash --norc --noprofile -i"
wait_for "PROMPT" 5 && ok || fail "interactive shell did not start"
T send-keys -t e2e -l "'$BRIEFING' seeds"; keys Enter
wait_for "Documents (3)" 10 && ok || fail "reader did not come up for Ctrl-Z"
keys C-z
wait_for "Stopped" 5 && ok || fail "Ctrl-Z did not stop the reader: $(screen | tail -3)"
T send-keys -t e2e -l "stty -a | grep -q ' icanon ' && echo CANONICAL-$((40+2))"; keys Enter
wait_for "CANONICAL-42" 3 && ok || fail "the shell did not get a canonical terminal back: $(screen | tail -3)"
T send-keys -t e2e -l "fg"; keys Enter
wait_for "Documents (3)" 5 && ok || fail "fg did not bring the reader back: $(screen | tail -3)"
expect_not_contains "$(screen)" "Stopped" "the reader is redrawn whole after fg"
keys Tab
expect_contains "$(screen)" "Speakers" "the reader takes keys after fg"
keys q
wait_for "PROMPT" 5 && ok || fail "q after fg did not return to the shell"

# 7c. A configured key binding works, and help and hints follow it; a bad line is a one-line error.
printf '# my keys\n[keys]\nquit = "x"\nhelp = "H"\n' > "$XDG_CONFIG_HOME/briefing/config.toml"
start configured seeds
wait_for "Documents (3)" 10 && ok || fail "reader did not come up with a config file"
expect_contains "$(screen | tail -1)" "x quit" "the status line hints the configured quit key"
keys H
screen | grep -qE '│ +x +quit \(or close the overlay\)' && ok || fail "help lists x for quit: $(screen | grep -m1 'quit (or' )"
screen | grep -qE '│ +H +show this help' && ok || fail "help lists H for help"
keys x q
[ -s "$TMP/configured.exit" ] && fail "q still quits when quit is bound to x" || ok
keys x
wait_file "$TMP/configured.exit" && ok || fail "the configured quit key did not quit"
printf '[keys]\nquit = "x"\n\n[colors]\nmatch = "plaid"\n' > "$XDG_CONFIG_HOME/briefing/config.toml"
start badconfig seeds
wait_file "$TMP/badconfig.exit" && ok || fail "a bad config line did not stop the reader"
expect_eq "$(cat "$TMP/badconfig.exit" 2>/dev/null)" "2" "exit status on a bad config line"
s=$(screen)
expect_contains "$s" "config.toml, line 5: colors.match takes colours and attributes" "the error names the line"
expect_eq "$(printf '%s\n' "$s" | grep -c 'briefing:')" "1" "the error is one line"
expect_contains "$(cat "$TMP/badconfig.stty" 2>/dev/null)" " echo " "terminal untouched after a bad config"
rm -f "$XDG_CONFIG_HOME/briefing/config.toml"

# 7d. x exports what the view shows to a new file, and refuses to overwrite one.
mkdir -p "$TMP/out"
start export seeds
wait_for "Documents (3)" 10 && ok || fail "reader did not come up for x"
for _ in $(seq 1 100); do screen | grep -q "analysing" || break; sleep 0.2; done
keys x C-u; T send-keys -t e2e -l "$TMP/out/view.html"; keys Enter
wait_for "exported all documents, speakers and dates to $TMP/out/view.html" 30 && ok || fail "x did not export: $(screen | tail -1)"
expect_contains "$(head -1 "$TMP/out/view.html" 2>/dev/null)" "<!DOCTYPE html>" "x wrote an HTML briefing"
cp "$TMP/out/view.html" "$TMP/view.before"
keys x C-u; T send-keys -t e2e -l "$TMP/out/view.html"; keys Enter
wait_for "already exists" 10 && ok || fail "x overwrote or said nothing: $(screen | tail -1)"
cmp -s "$TMP/out/view.html" "$TMP/view.before" && ok || fail "x changed an existing file"
keys q
wait_file "$TMP/export.exit" && ok || fail "process did not exit after x"

# 7e. A cold open of a generated 300-document folder: progress while documents are read, then the stage of
# the corpus analysis in the status line; q answers at once meanwhile.
python3 - "$TMP/many" <<'PY'
import os, random, sys
random.seed(7)
out = sys.argv[1]; os.makedirs(out, exist_ok=True)
who = ["MS. REED", "MR. KANE", "DR. OSEI", "Q"]
topics = ["the harbour wall", "ferry fares", "the budget", "school repairs", "the bridge", "flood defences"]
months = ["January", "February", "March", "April", "May", "June"]
for n in range(300):
    lines = [f"Council briefing {n}", f"Date: 2024-0{1 + n % 6}-1{n % 9}", ""]
    for t in range(30):
        topic, month = random.choice(topics), random.choice(months)
        lines.append(f"{random.choice(who)}: On {1 + t % 27} {month} 2024 the council discussed {topic}, "
                     f"which will cost {random.randint(2, 90)} million dollars according to the {random.choice(['mayor', 'treasurer'])}.")
    open(os.path.join(out, f"briefing-{n:03}.txt"), "w").write("\n".join(lines) + "\n")
PY
start cold "$TMP/many"
for _ in $(seq 1 300); do screen | tail -1 | grep -q "reading documents [0-9]* of 300" && break; sleep 0.1; done
screen | tail -1 | grep -q "reading documents [0-9]* of 300" && ok || fail "no count in the status line while reading 300 documents: $(screen | tail -1)"
wait_for "analysing the corpus:" 120 && ok || fail "no analysis stage in the status line: $(screen | tail -1)"
expect_contains "$(screen)" "Documents (300)" "the reader is up while the analysis runs"
keys q
for _ in $(seq 1 20); do [ -s "$TMP/cold.exit" ] && break; sleep 0.1; done
[ -s "$TMP/cold.exit" ] && ok || fail "q did not quit at once during the analysis"

# 7f. A folder with nothing readable: the reader closes, one line says why, exit 1, the terminal restored.
mkdir -p "$TMP/unreadable"; printf '\x7fELF\x00\x01' > "$TMP/unreadable/prog.bin"
start none "$TMP/unreadable"
wait_file "$TMP/none.exit" && ok || fail "the reader did not close on a folder with nothing readable"
expect_eq "$(cat "$TMP/none.exit" 2>/dev/null)" "1" "exit status when nothing is readable"
expect_contains "$(screen)" "briefing: " "the reason is printed after the reader closes"
expect_contains "$(cat "$TMP/none.stty" 2>/dev/null)" " echo " "echo restored after a failed open"

# 7. The reader opens with its index on a read-only disk and on a full one, says so, and searches.
if [ "$(id -u)" = 0 ] && mkdir -p "$TMP/rofs" "$TMP/fullfs" && mount -t tmpfs -o size=4m tmpfs "$TMP/rofs" 2>/dev/null; then
  "$BRIEFING" index seeds --index "$TMP/rofs/index.sqlite" >/dev/null 2>&1
  mount -o remount,ro "$TMP/rofs"
  mount -t tmpfs -o size=96k tmpfs "$TMP/fullfs"
  for fs in rofs fullfs; do
    start "open-$fs" seeds --index "$TMP/$fs/index.sqlite"
    wait_for "Documents (3)" 15 && ok || fail "$fs: reader did not come up: $(screen | tail -3)"
    expect_contains "$(screen)" "index kept in memory for this run" "$fs: the status line says where the index is"
    keys /; T send-keys -t e2e -l "Kursk"; sleep 0.2; keys Enter
    wait_for "sentences match Kursk" 5 && ok || fail "$fs: no search results: $(screen | head -5)"
    keys Escape q
    wait_file "$TMP/open-$fs.exit" && ok || fail "$fs: the reader did not exit"
  done
  umount "$TMP/rofs" "$TMP/fullfs"
else
  echo "tui_tmux: read-only and full disk checks skipped (need root and tmpfs mounts)"
fi
finish
