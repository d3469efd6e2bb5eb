#!/usr/bin/env bash
# Issue 2's speed bar is relative to a reference run on the same machine: `precis summarize
# --batch` on the 5,622 Multi-News val events against the npm ts-textrank package (about 700
# events/s where the bar was set; the bar, 2,800 events/s, is 4x that). This installs ts-textrank
# with npm into a temporary folder (npm is the one network source besides apt), then times both
# on the same exported file, alternating, N rounds (default 3), one core each, and prints each
# round's times and the speed ratio. Needs node and npm (apt: nodejs npm).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
P=build/precis
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
command -v node >/dev/null && command -v npm >/dev/null || {
  echo "vs_textrank: needs node and npm (apt-get install nodejs npm)" >&2; exit 1; }
(cd "$W" && npm install --silent --no-audit --no-fund ts-textrank@1 >/dev/null)
$P eval --preset multinews-val --export "$W/val.jsonl" 2>/dev/null
printf '%-6s %-22s %-22s %s\n' round "precis learned (-j 1)" "ts-textrank (node)" ratio
for r in $(seq "$ROUNDS"); do
  start=$(date +%s.%N)
  rc=0
  $P summarize --batch "$W/val.jsonl" --out "$W/precis.jsonl" --words 230 --fill -j 1 -q \
    2>/dev/null || rc=$?
  end=$(date +%s.%N)
  # 3: the batch finished but some events failed (the all-junk events); anything else is an error.
  if [ $rc -ne 0 ] && [ $rc -ne 3 ]; then echo "precis failed ($rc)" >&2; exit $rc; fi
  read -r n t_tr failed < <(NODE_PATH="$W/node_modules" node bench/textrank_baseline.js \
    "$W/val.jsonl" "$W/textrank.jsonl" 2>&1 >/dev/null)
  awk -v r="$r" -v s="$start" -v e="$end" -v t="$t_tr" -v n="$n" 'BEGIN {
    p = e - s;
    printf "%-6s %6.3f s %6.0f ev/s  %6.3f s %6.0f ev/s  %.1fx\n", r, p, n / p, t, n / t, t / p }'
  [ "$failed" = 0 ] || echo "  (ts-textrank threw on $failed events)"
done
