#!/usr/bin/env bash
# Medians and ratios of a run-scale.sh cold-start table (coldstart.tsv): per workload and mode (JIT or
# NativeAOT), each variant's wall, first touch and peak memory, then the compiled library against each
# baseline of the same mode and against the strongest of them (the lowest median of that measure).
#
#   tests/DiplomacyData.Benchmarks/summarize-coldstart.sh artifacts/scale/<size>/coldstart.tsv
set -euo pipefail
results=${1:?usage: summarize-coldstart.sh <coldstart.tsv>}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# column 4 wall (µs -> ms), 5 peak (KiB -> MiB), 6 first touch (ms)
measure() { awk -F'\t' -v m="$1" -v v="$2" -v w="$3" -v c="$4" -v d="$5" '$1 == m && $2 == v && $3 == w { print $c / d }' "$results" | median; }
runs=$(awk -F'\t' 'NR > 1 && $1 == "jit" && $2 == "compiled" && $3 == "point"' "$results" | wc -l)
echo "medians of $runs runs each"
for workload in point scan; do
  for mode in jit aot; do
    echo "-- $workload, $mode"
    printf "   %-11s %10s %15s %10s\n" variant "wall ms" "first touch ms" "peak MiB"
    declare -A wall=() touch=() peak=()
    for v in compiled json tunedjson memorypack empty; do
      wall[$v]=$(measure $mode $v $workload 4 1000)
      touch[$v]=$(measure $mode $v $workload 6 1)
      peak[$v]=$(measure $mode $v $workload 5 1024)
      printf "   %-11s %10.1f %15.2f %10.1f\n" "$v" "${wall[$v]}" "${touch[$v]}" "${peak[$v]}"
    done
    for metric in wall touch peak; do
      declare -n m=$metric
      best=""
      for v in json tunedjson memorypack; do
        ratio=$(awk -v c="${m[compiled]}" -v b="${m[$v]}" 'BEGIN { printf "%.3f", c / b }')
        printf "   compiled/%-10s %-5s %s\n" "$v" "$metric" "$ratio"
        if [ -z "$best" ] || awk -v a="${m[$v]}" -v b="${m[$best]}" 'BEGIN { exit !(a < b) }'; then best=$v; fi
      done
      printf "   STRONGEST %s %s %s: %s; compiled/%s = %s\n" "$workload" "$mode" "$metric" "$best" "$best" \
        "$(awk -v c="${m[compiled]}" -v b="${m[$best]}" 'BEGIN { printf "%.3f", c / b }')"
      unset -n m
    done
  done
done
