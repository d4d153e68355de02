#!/usr/bin/env bash
# make bench: speed and memory, printed as plain lines. Needs a release build (the Makefile makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
.build/release/briefing-bench seeds
if python3 -c "import yake" 2>/dev/null; then
  echo
  echo "topics, briefing against YAKE (informative):"
  python3 bench/yake_compare.py .build/release/briefing seeds/*.txt
else
  echo "(yake is not installed: pip install yake to compare topics with it)"
fi
