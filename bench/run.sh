#!/usr/bin/env bash
# make bench: speed and memory, printed as plain lines. Needs a release build (the Makefile makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release
OUT=${BENCH_OUT:-/tmp/briefing-bench}
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
echo
echo "== the seeds"
$BIN/briefing-bench seeds
echo
echo "== the corpus analysis at scale (bench/make_corpus.py: seed sentences recombined, all formats, about 25 KB a document)"
rm -rf "$OUT"; mkdir -p "$OUT"
ms() { date +%s%N | cut -b1-13; }
declare -A COLD
for n in 250 1000 2000; do
  python3 bench/make_corpus.py seeds "$OUT/c$n" $n $(awk -v n=$n 'BEGIN { printf "%.2f", n * 0.025 }') >/dev/null
  mb=$(du -sm --apparent-size "$OUT/c$n" | cut -f1)
  t0=$(ms)
  /usr/bin/time -v -o "$OUT/c$n.time" $BIN/briefing index "$OUT/c$n" --index "$OUT/c$n.sqlite" >/dev/null 2>&1
  t1=$(ms)
  COLD[$n]=$(( t1 - t0 ))
  rss=$(awk '/Maximum resident/ {printf "%.0f", $6/1024}' "$OUT/c$n.time")
  awk -v n=$n -v ms="${COLD[$n]}" -v mb="$mb" -v rss="$rss" 'BEGIN { printf "%5d documents (%d MB): index and corpus analysis from cold %.1f s, peak RSS %d MB\n", n, mb, ms/1000, rss }'
done
echo "  (target for 2000 documents: <= 60 s and <= 400 MB)"
awk -v a="${COLD[250]}" -v b="${COLD[1000]}" 'BEGIN { r = b / a; printf "growth: 1000 documents take %.2f times as long as 250, an exponent of %.2f   (target <= 4.6, exponent <= 1.1)\n", r, log(r) / log(4) }'
# Warm: the commands on an unchanged indexed corpus of 1,000 documents answer from the index.
t0=$(ms)
for c in timeline claims topics; do $BIN/briefing $c "$OUT/c1000" --index "$OUT/c1000.sqlite" >/dev/null; done
t1=$(ms)
echo "warm: timeline, claims and topics on 1000 indexed documents: $(( t1 - t0 )) ms in total   (target <= 3000 ms)"
best=999999
for _ in 1 2 3; do
  t0=$(ms); $BIN/briefing-bench first-frame "$OUT/c1000" "$OUT/c1000.sqlite" --timeline >"$OUT/frame.txt"; t1=$(ms)
  [ $(( t1 - t0 )) -lt $best ] && best=$(( t1 - t0 ))
done
echo "warm: first frame with the timeline on 1000 documents, process start to frame (best of 3): ${best} ms   ($(cut -d, -f3 "$OUT/frame.txt" | xargs); target <= 300 ms)"
# One document added to the indexed 1,000: index, timeline, claims and topics current again.
cp "$(ls "$OUT"/c250/transcripts/*.txt | head -1)" "$OUT/c1000/transcripts/added.txt"
t0=$(ms)
$BIN/briefing index "$OUT/c1000" --index "$OUT/c1000.sqlite" >/dev/null
for c in timeline claims topics; do $BIN/briefing $c "$OUT/c1000" --index "$OUT/c1000.sqlite" >/dev/null; done
t1=$(ms)
echo "one document added to 1000: index, timeline, claims and topics current again in $(( t1 - t0 )) ms   (target <= 5000 ms)"
echo
echo "== the 2000-document index: warm re-open, linking, search"
$BIN/briefing index "$OUT/c2000" --index "$OUT/c2000.sqlite" | sed 's/^/warm re-index: /'
best=999999
for _ in 1 2 3; do
  t0=$(ms); /usr/bin/time -v -o "$OUT/warm.time" $BIN/briefing-bench first-frame "$OUT/c2000" "$OUT/c2000.sqlite" >/dev/null; t1=$(ms)
  [ $(( t1 - t0 )) -lt $best ] && best=$(( t1 - t0 ))
done
echo "warm re-open to first frame (process start to first full frame, best of 3): ${best} ms   (target <= 200 ms)"
echo "  peak RSS: $(awk '/Maximum resident/ {printf "%.0f MB", $6/1024}' "$OUT/warm.time")"
$BIN/briefing-bench linking "$OUT/c2000" "$OUT/c2000.sqlite" 40
echo "  (near-linear: the time per claim stays about the same from a quarter of the claims to all of them)"
$BIN/briefing-bench search "$OUT/c2000.sqlite"
echo "  (target p95 <= 20 ms)"
if python3 -c "import yake" 2>/dev/null; then
  echo
  echo "== topics, briefing against YAKE (informative)"
  python3 bench/yake_compare.py $BIN/briefing seeds/*.txt
else
  echo "(yake is not installed: pip install yake to compare topics with it)"
fi
