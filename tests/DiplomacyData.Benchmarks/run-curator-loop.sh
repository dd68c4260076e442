#!/usr/bin/env bash
# The curator's loop: edit one seed file, get the diagnostics. Times two ways of getting them, on a copy
# of the seeds (the real ones, or N synthetic events as run-scale.sh writes them), for two edits:
#   whitespace  a space added to the end of one article file (the data unchanged: a build should be cheap)
#   error       one evidence's source renamed to one that does not exist (an error the checks must report)
# and two tools:
#   build       dotnet build of the library, both frameworks, incremental after a first build, as a curator
#               runs it: compiler server on and warm (one of our own, ended by its process id at the end)
#   validate    the explorer's `validate --seeds DIR`: the seed checks without compiling (a fresh process each time)
# Rounds alternate the four cells; after each timed run the file is restored and the build brought back to
# clean (untimed). Results: artifacts/curator/<size>/loop.tsv and summary.txt.
#
#   tests/DiplomacyData.Benchmarks/run-curator-loop.sh real|<events> [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:?usage: run-curator-loop.sh real|<events> [rounds]}
rounds=${2:-3}
root=$PWD
out=$root/artifacts/curator/$size
bench=tests/DiplomacyData.Benchmarks
quiet=(-c Release -nologo -v:q)

if [ "$size" = real ]; then
  source_seeds=$root/seeds
else
  source_seeds=$root/artifacts/scale/$size/seeds
  if [ ! -f "$source_seeds/sources.json" ]; then
    dotnet build $bench/SyntheticSeeds "${quiet[@]}" >/dev/null
    $bench/SyntheticSeeds/bin/Release/net10.0/SyntheticSeeds generate "$size" "$source_seeds"
  fi
fi
rm -rf "$out" && mkdir -p "$out"
cp -r "$source_seeds" "$out/seeds"
seeds=$out/seeds
edited=$seeds/articles/$(ls "$seeds/articles" | head -n1)
cp "$edited" "$out/original.json"

dotnet build src/DiplomacyData.Explorer "${quiet[@]}" >/dev/null
explorer=src/DiplomacyData.Explorer/bin/Release/net10.0/DiplomacyData.Explorer.dll
pipe=diplomacydata-curator-$$-$RANDOM
build() {
  dotnet build src/DiplomacyData "${quiet[@]}" -nodeReuse:false -p:UseSharedCompilation=true -p:SharedCompilationId="$pipe" \
    --artifacts-path "$out/lib" -p:DiplomacyDataSeedsDirectory="$seeds"
}
stop_server() {
  local pid
  pid=$(pgrep -f -- "VBCSCompiler -pipename:$pipe\$" || true)
  [ -z "$pid" ] || kill "$pid"
}
trap stop_server EXIT

edit() { # whitespace|error
  if [ "$1" = whitespace ]; then
    printf ' ' >> "$edited"
  else
    sed -i '0,/"source": "/s//"source": "missing-/' "$edited"
  fi
}
restore() { cp "$out/original.json" "$edited"; build >/dev/null; }

echo "== $size: first build (untimed; starts the compiler server), edited file: ${edited#$out/} (load: $(uptime | sed 's/.*load/load/'))"
build >/dev/null
printf "round\tedit\ttool\tseconds\texit\terrors\tload\n" > "$out/loop.tsv"
for round in $(seq "$rounds"); do
  for change in whitespace error; do
    for tool in build validate; do
      edit $change
      start=$(date +%s%N)
      if [ $tool = build ]; then
        set +e; build > "$out/last.txt" 2>&1; code=$?; set -e
      else
        set +e; dotnet $explorer validate --seeds "$seeds" > "$out/last.txt" 2>&1; code=$?; set -e
      fi
      end=$(date +%s%N)
      errors=$(grep -c 'error DD' "$out/last.txt" || true)
      seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
      load=$(cut -d' ' -f1 /proc/loadavg)
      printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$round" $change $tool "$seconds" $code "$errors" "$load" >> "$out/loop.tsv"
      printf "  round %s %-10s %-8s %6s s  exit %s  DD errors %s  (load %s)\n" "$round" $change $tool "$seconds" $code "$errors" "$load"
      # The error must be reported, and a whitespace edit must pass: otherwise the timing measures something else.
      if [ $change = error ] && { [ $code -eq 0 ] || [ "$errors" -eq 0 ]; }; then echo "the $tool did not report the broken reference" >&2; exit 1; fi
      if [ $change = whitespace ] && [ $code -ne 0 ]; then echo "the $tool failed on a whitespace edit:" >&2; tail -n 20 "$out/last.txt" >&2; exit 1; fi
      restore
    done
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for change in whitespace error; do
  for tool in build validate; do
    printf "%s\t%s\t%s\n" $change $tool "$(awk -F'\t' -v c=$change -v t=$tool '$2 == c && $3 == t { print $4 }' "$out/loop.tsv" | median)"
  done
done | tee "$out/summary.txt" | awk -F'\t' -v n="$rounds" 'BEGIN { print "edit        tool      seconds to diagnostics (median of " n ")" } { printf "%-11s %-9s %8.2f\n", $1, $2, $3 }'
