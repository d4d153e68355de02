#!/usr/bin/env bash
# make bench: speed and memory, printed as plain lines. Needs a release build (the Makefile makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
.build/release/briefing-bench seeds
