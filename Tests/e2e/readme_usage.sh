#!/usr/bin/env bash
# The README's usage is the binary's: every subcommand has its line in the Usage block, with every option it
# takes (from the binary's own --experimental-dump-help), so the README cannot drift from the commands.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.bash

"$BRIEFING" --experimental-dump-help > "$TMP/help.json"
expect_eq "$?" "0" "dump-help"
out=$(python3 - "$TMP/help.json" README.md <<'PY'
import json, re, sys
root = json.load(open(sys.argv[1]))["command"]
readme = open(sys.argv[2], encoding="utf-8").read()
usage = readme.split("## Usage", 1)[1].split("\n## ", 1)[0]
block = usage.split("```", 2)[1]
# Each command's text: its line in the block and the lines indented under it.
lines, texts, current = block.split("\n"), {}, None
for line in lines:
    m = re.match(r"briefing (\w[\w-]*)", line)
    if m: current = m.group(1); texts.setdefault(current, "")
    if current: texts[current] += line + "\n"
common = {"max-size", "index", "no-index"}
for c in root.get("subcommands", []):
    name = c["commandName"]
    if name in ("help", "open"): continue
    if name not in texts: print(f"MISSING command {name}"); continue
    for a in c.get("arguments", []):
        names = a.get("names") or []
        longs = [n["name"] for n in names if n["kind"] == "long"]
        shorts = [n["name"] for n in names if n["kind"] == "short"]
        if not names or set(longs) & {"version", "help"} or "h" in shorts: continue
        if set(longs) & common:
            if not all(f"--{l}" in usage for l in longs): print(f"MISSING --{longs[0]} in Usage")
            continue
        if not any(f"--{l}" in texts[name] for l in longs) and not any(f"-{s} " in texts[name] for s in shorts):
            print(f"MISSING {name} --{(longs or shorts)[0]}")
open_cmd = next(c for c in root["subcommands"] if c["commandName"] == "open")
for a in open_cmd.get("arguments", []):
    for n in a.get("names") or []:
        if n["kind"] == "long" and n["name"] not in common | {"version", "help"} and f"--{n['name']}" not in readme:
            print(f"MISSING open --{n['name']}")
print("checked", len(texts), "commands")
PY
)
expect_contains "$out" "checked" "README usage parsed ($out)"
expect_not_contains "$out" "MISSING" "README usage lists every command and option"
finish
