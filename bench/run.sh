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
echo "== a generated corpus (bench/make_corpus.py: seed sentences recombined, all formats)"
rm -rf "$OUT"; mkdir -p "$OUT"
python3 bench/make_corpus.py seeds "$OUT/corpus" 2000 42
MB=$(du -sm --apparent-size "$OUT/corpus" | cut -f1)
ms() { date +%s%N | cut -b1-13; }
t0=$(ms)
/usr/bin/time -v -o "$OUT/cold.time" $BIN/briefing index "$OUT/corpus" --index "$OUT/index.sqlite" 2>/dev/null
t1=$(ms)
cold=$(( t1 - t0 ))
awk -v ms="$cold" -v mb="$MB" 'BEGIN { printf "cold index: %.1f s for %d MB = %.2f MB/s   (target >= 5 MB/s)\n", ms/1000, mb, mb/(ms/1000) }'
echo "  peak RSS: $(awk '/Maximum resident/ {printf "%.0f MB", $6/1024}' "$OUT/cold.time")   (target <= 400 MB)"
$BIN/briefing index "$OUT/corpus" --index "$OUT/index.sqlite" | sed 's/^/warm re-index: /'
best=999999
for _ in 1 2 3; do
  t0=$(ms); /usr/bin/time -v -o "$OUT/warm.time" $BIN/briefing-bench first-frame "$OUT/corpus" "$OUT/index.sqlite" >/dev/null; t1=$(ms)
  [ $(( t1 - t0 )) -lt $best ] && best=$(( t1 - t0 ))
done
echo "warm re-open to first frame (process start to first full frame, best of 3): ${best} ms   (target <= 200 ms)"
echo "  peak RSS: $(awk '/Maximum resident/ {printf "%.0f MB", $6/1024}' "$OUT/warm.time")"
$BIN/briefing-bench linking "$OUT/corpus" "$OUT/index.sqlite" 40
echo "  (near-linear: the time per claim stays about the same from a quarter of the claims to all of them)"
$BIN/briefing-bench search "$OUT/index.sqlite"
echo "  (target p95 <= 20 ms)"
if python3 -c "import yake" 2>/dev/null; then
  echo
  echo "== topics, briefing against YAKE (informative)"
  python3 bench/yake_compare.py $BIN/briefing seeds/*.txt
else
  echo "(yake is not installed: pip install yake to compare topics with it)"
fi
