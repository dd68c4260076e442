#!/usr/bin/env bash
# Measures the compiled dataset against the JSON baseline at one size: the real seeds ("real") or N
# synthetic events. Builds both cold-start apps from the same data, times a rebuild of each library,
# then runs the two apps alternately (A B A B ...) and reports medians. Results go to
# artifacts/scale/<size>/; see tests/DiplomacyData.Benchmarks/README.md.
#
#   tests/DiplomacyData.Benchmarks/run-scale.sh real|<events> [runs per variant, default 20] [library build rounds, default 1]
#
# The library rebuilds alternate too (compiled, JSON, compiled, JSON ...) when more than one round is asked
# for: this machine's speed drifts by more than a second between minutes, so only builds side by side can
# show a change of that size. Each round's ratio is printed; build-rounds.tsv keeps them all.
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:?usage: run-scale.sh real|<events> [runs] [build rounds]}
runs=${2:-20}
build_rounds=${3:-1}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

root=$PWD
out=$root/artifacts/scale/$size
mkdir -p "$out"
bench=tests/DiplomacyData.Benchmarks
dotnet build $bench/SyntheticSeeds -c Release -v:q -nologo >/dev/null
synthetic=$bench/SyntheticSeeds/bin/Release/net10.0/SyntheticSeeds

if [ "$size" = real ]; then
  seeds=$root/seeds
  query="Phan Van Giang"
else
  seeds=$out/seeds
  [ -f "$seeds/sources.json" ] || $synthetic generate "$size" "$seeds"
  # The first person's plain spelling: a name without diacritics that FindByName must fold to.
  query=$(grep -m1 -A3 '"people"' "$seeds/entities/people.json" | sed -n 's/.*"name": "\(.*\)",*/\1/p' | head -n1)
fi
$synthetic merge "$seeds" "$out/dataset.json" >/dev/null

echo "== $size: building both apps"
common=(-c Release -nologo -v:q -p:UseSharedCompilation=false -nodeReuse:false)
dotnet build $bench/ColdStart/CompiledApp "${common[@]}" --artifacts-path "$out/compiled" -p:DiplomacyDataSeedsDirectory="$seeds" >/dev/null
dotnet build $bench/ColdStart/JsonApp "${common[@]}" --artifacts-path "$out/json" -p:BaselineJson="$out/dataset.json" >/dev/null

echo "== $size: library rebuild (that project only, no build server): seconds and compiler peak KiB, $build_rounds round(s)"
printf "round\tcompiled_s\tcompiled_kib\tjson_s\tjson_kib\tratio\n" > "$out/build-rounds.tsv"
for round in $(seq "$build_rounds"); do
  /usr/bin/time -f "compiled-library %e s %M KiB" -o "$out/build-compiled.txt" \
    dotnet build src/DiplomacyData "${common[@]}" -f net8.0 --no-restore --no-dependencies --no-incremental --artifacts-path "$out/compiled" -p:DiplomacyDataSeedsDirectory="$seeds" >/dev/null
  /usr/bin/time -f "json-library %e s %M KiB" -o "$out/build-json.txt" \
    dotnet build $bench/JsonBaseline "${common[@]}" --no-restore --no-dependencies --no-incremental --artifacts-path "$out/json" -p:BaselineJson="$out/dataset.json" >/dev/null
  cat "$out/build-compiled.txt" "$out/build-json.txt"
  read -r _ compiled_s _ compiled_kib _ < "$out/build-compiled.txt"
  read -r _ json_s _ json_kib _ < "$out/build-json.txt"
  ratio=$(awk -v c="$compiled_s" -v j="$json_s" 'BEGIN { printf "%.2f", c / j }')
  echo "round $round: compiled/json build $ratio"
  printf "%s\t%s\t%s\t%s\t%s\t%s\n" "$round" "$compiled_s" "$compiled_kib" "$json_s" "$json_kib" "$ratio" >> "$out/build-rounds.tsv"
done

compiled_app=$out/compiled/bin/CompiledApp/release/CompiledApp
json_app=$out/json/bin/JsonApp/release/JsonApp
results=$out/coldstart.tsv
printf "variant\twall_ms\tpeak_kib\tfirst_touch_ms\tanswer\n" > "$results"
run() {
  local variant=$1 app=$2 start end answer
  start=$(date +%s%N)
  answer=$(/usr/bin/time -f "%M" -o "$out/rss.txt" "$app" "$query")
  end=$(date +%s%N)
  read -r id count touch <<<"$answer"
  printf "%s\t%s\t%s\t%s\t%s\n" "$variant" $(((end - start) / 1000)) "$(tail -n1 "$out/rss.txt")" "$touch" "$id:$count" >> "$results"
}
echo "== $size: cold start, $runs runs each, alternating; query: $query"
run compiled "$compiled_app"; run json "$json_app" # warm the file cache once, not recorded
printf "variant\twall_ms\tpeak_kib\tfirst_touch_ms\tanswer\n" > "$results"
for _ in $(seq "$runs"); do
  run compiled "$compiled_app"
  run json "$json_app"
done

answers=$(cut -f5 "$results" | tail -n +2 | sort -u | wc -l)
[ "$answers" -eq 1 ] || { echo "the two variants answered differently:" >&2; cut -f1,5 "$results" | sort -u >&2; exit 1; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for variant in compiled json; do
  wall=$(awk -F'\t' -v v=$variant '$1 == v { print $2 / 1000 }' "$results" | median)
  peak=$(awk -F'\t' -v v=$variant '$1 == v { print $3 / 1024 }' "$results" | median)
  touch=$(awk -F'\t' -v v=$variant '$1 == v { print $4 }' "$results" | median)
  printf "%s\t%s\t%s\t%s\n" "$variant" "$wall" "$peak" "$touch"
done | tee "$out/summary.tsv" | awk -F'\t' 'BEGIN { print "variant   wall ms (median)   peak MiB (median)   first touch ms (median)" } { printf "%-9s %18.1f %19.1f %25.3f\n", $1, $2, $3, $4 }'
awk -F'\t' 'NR == 1 { w = $2; p = $3; t = $4 } NR == 2 { printf "ratios compiled/json: wall %.3f, peak memory %.3f, first touch %.4f (1/%.0f)\n", w / $2, p / $3, t / $4, $4 / t }' "$out/summary.tsv"
