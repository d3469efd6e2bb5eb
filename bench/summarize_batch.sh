#!/usr/bin/env bash
# Timed commands for the speed targets, on one core:
#  - the whole Multi-News val set (5,622 events) summarized from an uncompressed JSONL file to the
#    output file with `precis summarize --batch` (target: under 2 s, >= 2,800 events/s);
#  - the 5,622 summaries scored with ROUGE-1/2/SU4/L and 1,000 bootstrap samples (target: < 5 s).
# Prints wall time and peak memory (max RSS) of each.
set -euo pipefail
cd "$(dirname "$0")/.."
P=build/precis
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
$P eval --preset multinews-val --export "$W/val.jsonl" 2>/dev/null
measure() {  # label, command...
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  local rc=0
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$W/rss" "$@" 2>>"$W/stderr" || rc=$?
  else
    "$@" 2>>"$W/stderr" || rc=$?; echo 0 > "$W/rss"
  fi
  # 3: the batch finished but some events failed (all-junk events); they are counted below.
  if [ $rc -ne 0 ] && [ $rc -ne 3 ]; then cat "$W/stderr"; exit $rc; fi
  end=$(date +%s.%N)
  awk -v l="$label" -v s="$start" -v e="$end" -v r="$(tail -n 1 "$W/rss")" -v n=5622 \
    'BEGIN { t = e - s; printf "%-44s %7.3f s  %8.0f events/s  peak %6.1f MB\n", l, t, n / t, r / 1024 }'
}
echo "Multi-News val, 5,622 events, one core:"
for m in learned coverage lexrank lead; do
  measure "summarize --batch --method $m (-j 1)" \
    $P summarize --batch "$W/val.jsonl" --out "$W/out-$m.jsonl" --words 230 --fill --method $m -j 1 -q
done
measure "rouge -n 2 -2 4 -u -m -l 230 (1000 resamples)" \
  $P rouge -n 2 -2 4 -u -m -l 230 -f A -p 0.5 -t 0 --split-sentences --system learned \
  --pred "$W/out-learned.jsonl" --ref "$W/val.jsonl" --table
echo "events that failed (no article text at all): $(grep -c '"error"' "$W/out-learned.jsonl")"
