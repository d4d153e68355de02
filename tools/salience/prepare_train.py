#!/usr/bin/env python3
"""Turns QMSum's training split (../shared/eval/qmsum/train/<meeting>.json, 162 meetings) into labelled
transcripts shaped like the development files (`Label: words`, one turn per line, a blank line between turns)
and writes each general summary beside it.

  prepare_train.py TRAIN_DIR OUT_DIR

The text is cleaned as the development part's README says: annotation tokens removed, punctuation and
clitics re-attached, spelt letters joined, consecutive entries of one speaker joined into one turn.
"""
import json
import os
import re
import sys

NOISE = re.compile(r"\{(disfmarker|vocalsound|pause|gap|comment|nonvocalsound)\}|@")


def detokenize(s: str) -> str:
    s = NOISE.sub(" ", s)
    s = re.sub(r"\b((?:[A-Za-z]_)+)", lambda m: m.group(1).replace("_", ""), s)  # T_V_ -> TV
    s = re.sub(r"\s+([.,?!;:%)\]])", r"\1", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", s, flags=re.I)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def main(train_dir: str, out_dir: str) -> None:
    os.makedirs(out_dir, exist_ok=True)
    n = 0
    for name in sorted(os.listdir(train_dir)):
        if not name.endswith(".json"):
            continue
        meeting = json.load(open(os.path.join(train_dir, name), encoding="utf-8"))
        turns = []
        turn_of_entry = []  # the joined turn each transcript entry ends up in (or the next one)
        for entry in meeting["meeting_transcripts"]:
            text = detokenize(entry["content"])
            if not re.search(r"[A-Za-z0-9]", text):
                turn_of_entry.append(len(turns))
                continue
            speaker = entry["speaker"].strip() or "Speaker"
            if turns and turns[-1][0] == speaker:
                turns[-1][1] += " " + text
            else:
                turns.append([speaker, text])
            turn_of_entry.append(len(turns) - 1)
        stem = name[:-5]
        lines = [f"{s}: {t}" for s, t in turns]
        with open(os.path.join(out_dir, stem + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(lines) + "\n")
        # QMSum's topic segments, as the offsets (in characters) of the turns where they begin.
        offsets, at = [], 0
        for line in lines:
            offsets.append(at)
            at += len(line) + 2
        starts = set()
        for topic in meeting.get("topic_list", []):
            for span in topic.get("relevant_text_span", [])[:1]:
                entry = int(span[0])
                if 0 <= entry < len(turn_of_entry) and turn_of_entry[entry] < len(offsets):
                    starts.add(offsets[turn_of_entry[entry]])
        with open(os.path.join(out_dir, stem + ".topics.json"), "w", encoding="utf-8") as f:
            json.dump({"turn_starts": offsets, "topic_starts": sorted(starts)}, f)
        general = meeting["general_query_list"][0]["answer"] if meeting["general_query_list"] else ""
        with open(os.path.join(out_dir, stem + ".summary.txt"), "w", encoding="utf-8") as f:
            f.write(general.strip() + "\n")
        n += 1
    print(f"{n} meetings written to {out_dir}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
