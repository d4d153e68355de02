#!/usr/bin/env bash
# briefing export on the seeds and on the White House corpus: Markdown that a CommonMark parser reads into the
# expected structure (no raw HTML, every link to a passage of a document), and HTML that headless Chromium
# opens without errors; an existing file is never overwritten.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.bash
BIN=${BRIEFING_RELEASE:-$BRIEFING}
[ -x "$BIN" ] || BIN=$BRIEFING
CORPUS="$SHARED/eval/corpus/docs"

python3 -m venv "$TMP/md" && "$TMP/md/bin/pip" install -q markdown-it-py >"$TMP/pip.log" 2>&1
"$TMP/md/bin/python" -c 'import markdown_it' && ok || fail "markdown-it-py could not be installed: $(tail -2 "$TMP/pip.log")"
command -v chromium >/dev/null && ok || fail "chromium is not installed (make test installs it)"

check_markdown() { # file, label
  "$TMP/md/bin/python" - "$1" <<'PY'
import sys
from markdown_it import MarkdownIt
text = open(sys.argv[1], encoding="utf-8").read()
tokens = MarkdownIt("commonmark").parse(text)
problems = []
h1 = [t for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h1"]
h2 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]
if len(h1) != 1: problems.append(f"{len(h1)} h1 headings")
if h2 != ["Timeline", "Claim threads", "Speakers", "Topics", "Documents"]: problems.append(f"sections {h2}")
links = []
for t in tokens:
    for c in t.children or []:
        if c.type in ("html_inline",): problems.append(f"raw HTML {c.content!r}")
        if c.type == "link_open": links.append(c.attrs.get("href", ""))
    if t.type == "html_block": problems.append(f"raw HTML block {t.content[:40]!r}")
import os, urllib.parse
base = os.path.dirname(os.path.abspath(sys.argv[1]))
bad = [h for h in links if "#char=" not in h or ":" in h.split("#")[0]
       or not os.path.isfile(os.path.join(base, urllib.parse.unquote(h.split("#")[0])))]
if bad: problems.append(f"{len(bad)} links not to a passage of a document, e.g. {bad[0]}")
items = sum(1 for t in tokens if t.type == "list_item_open")
print(f"links={len(links)} items={items}")
if len(links) < 10 or items < 10: problems.append("too little content")
for p in problems: print("PROBLEM", p)
PY
}

check_html() { # file, label
  local dom
  dom=$(timeout 120 chromium --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 --dump-dom "file://$1" 2>"$TMP/chromium.err")
  expect_eq "$?" "0" "$2: chromium opens the HTML"
  for id in timeline claims speakers topics documents; do expect_contains "$dom" "<section id=\"$id\">" "$2: section $id in the DOM"; done
  expect_not_contains "$(grep -i 'CONSOLE\|Uncaught\|Refused to' "$TMP/chromium.err")" "CONSOLE" "$2: no console errors"
  # Balanced tags, as the DOM would otherwise be repaired silently.
  python3 - "$1" <<'PY' | grep -q '^balanced$' && ok || fail "$2: unbalanced HTML: $(python3 - "$1" <<<'' 2>&1 | head -2)"
import sys
from html.parser import HTMLParser
void = {"meta", "br", "img", "hr", "link", "input"}
class P(HTMLParser):
    def __init__(self): super().__init__(); self.stack = []; self.bad = []
    def handle_starttag(self, tag, attrs):
        if tag not in void: self.stack.append(tag)
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag: self.bad.append(tag)
        else: self.stack.pop()
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
print("balanced" if not p.bad and not p.stack else f"bad {p.bad[:3]} open {p.stack[:3]}")
PY
}

for set in seeds corpus; do
  src=seeds; [ "$set" = corpus ] && src=$CORPUS
  for fmt in markdown html; do
    ext=md; [ "$fmt" = html ] && ext=html
    out="$TMP/$set.$ext"
    msg=$("$BIN" export "$src" --format "$fmt" -o "$out" 2>"$TMP/export.err"); code=$?
    expect_eq "$code" "0" "export $set as $fmt ($(head -2 "$TMP/export.err"))"
    expect_contains "$msg" "wrote $out" "export $set as $fmt says what it wrote"
  done
  res=$(check_markdown "$TMP/$set.md")
  expect_contains "$res" "links=" "$set: Markdown parsed"
  expect_not_contains "$res" "PROBLEM" "$set: Markdown structure ($res)"
  check_html "$TMP/$set.html" "$set"
done

# A narrowed export: one speaker, a date range.
"$BIN" export "$CORPUS" --speaker "Karine Jean-Pierre" --from 2024-06 --to 2024-12 -o "$TMP/kjp.md" >/dev/null 2>&1
expect_eq "$?" "0" "export with --speaker, --from and --to"
expect_contains "$(cat "$TMP/kjp.md")" "Scope: speaker Karine Jean-Pierre" "the scope is stated"

# Never overwrite: a second export to the same file is refused, the file as it was.
cp "$TMP/seeds.md" "$TMP/seeds.before"
err=$("$BIN" export seeds -o "$TMP/seeds.md" 2>&1 >/dev/null); code=$?
expect_eq "$code" "2" "export to an existing file exits 2"
expect_contains "$err" "already exists" "export to an existing file says so"
cmp -s "$TMP/seeds.md" "$TMP/seeds.before" && ok || fail "an existing file was changed"
err=$("$BIN" export seeds --format pdf -o "$TMP/x.pdf" 2>&1 >/dev/null); code=$?
expect_eq "$code" "2" "an unknown format exits 2"
finish
