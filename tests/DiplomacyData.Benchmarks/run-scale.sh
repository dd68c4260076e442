#!/usr/bin/env bash
# Measures the compiled dataset against three baselines at one size: the real seeds ("real") or N synthetic
# events. Results go to artifacts/scale/<size>/; see tests/DiplomacyData.Benchmarks/README.md.
#
#   tests/DiplomacyData.Benchmarks/run-scale.sh real|<events> [runs per variant, default 20] [library build rounds, default 1]
#
# Cold start: five apps (compiled, json = what most packages do, tunedjson, memorypack, and empty, the floor),
# each built for the JIT and published with NativeAOT, answer two workloads: "point" (find a person by the
# plain spelling of their name, count their events) and "scan" (tally every event by year and topic). The
# runs alternate variant by variant (A B C D E A B C D E ...) so that the machine's load hits all alike, and
# every variant must print the same answer or the script fails.
#
# Library build: each round times the compiled library (src/DiplomacyData) and the JSON baseline library,
# both multi-targeted netstandard2.0;net8.0, three ways, alternating compiled and JSON: both frameworks as a
# user builds (compiler server on, a fresh server of our own for each build), both frameworks without the
# server, and net8.0 alone without the server (the measurement of earlier rounds). 0 rounds skips them.
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:?usage: run-scale.sh real|<events> [runs] [build rounds]}
runs=${2:-20}
build_rounds=${3:-1}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
# NativeAOT links with clang.
command -v clang >/dev/null || { apt-get update -qq && apt-get install -y -qq clang >/dev/null; }

root=$PWD
out=$root/artifacts/scale/$size
mkdir -p "$out"
bench=tests/DiplomacyData.Benchmarks
quiet=(-c Release -nologo -v:q)
dotnet build $bench/SyntheticSeeds "${quiet[@]}" >/dev/null
dotnet build $bench/MemoryPackConverter "${quiet[@]}" >/dev/null
synthetic=$bench/SyntheticSeeds/bin/Release/net10.0/SyntheticSeeds

if [ "$size" = real ]; then
  seeds=$root/seeds
  query="Phan Van Giang"
else
  seeds=$out/seeds
  [ -f "$seeds/sources.json" ] || $synthetic generate "$size" "$seeds"
  # The first person's plain spelling (their first alias): a name without diacritics that every variant
  # must fold to the person's own name, "Le Duc Vinh" for "Lê Đức Vinh".
  query=$(grep -m1 -A1 '"aliases": \[' "$seeds/entities/people.json" | tail -n1 | sed 's/^ *"\(.*\)",*$/\1/')
fi
$synthetic merge "$seeds" "$out/dataset.json" >/dev/null
$bench/MemoryPackConverter/bin/Release/net10.0/MemoryPackConverter "$out/dataset.json" "$out/dataset.mpk" >/dev/null

variants=(compiled json tunedjson memorypack empty)
declare -A app_of=([compiled]=CompiledApp [json]=JsonApp [tunedjson]=TunedJsonApp [memorypack]=MemoryPackApp [empty]=EmptyApp)
declare -A data_of=(
  [compiled]=-p:DiplomacyDataSeedsDirectory=$seeds [json]=-p:BaselineJson=$out/dataset.json
  [tunedjson]=-p:BaselineJson=$out/dataset.json [memorypack]=-p:BaselinePayload=$out/dataset.mpk [empty]=)
nobuildserver=(-p:UseSharedCompilation=false -nodeReuse:false)
echo "== $size: building every app for the JIT and with NativeAOT (load: $(uptime | sed 's/.*load/load/'))"
for v in "${variants[@]}"; do
  app=${app_of[$v]}
  dotnet build $bench/ColdStart/$app "${quiet[@]}" "${nobuildserver[@]}" --artifacts-path "$out/jit/$v" ${data_of[$v]:+"${data_of[$v]}"} >/dev/null
  dotnet publish $bench/ColdStart/$app "${quiet[@]}" "${nobuildserver[@]}" -r linux-x64 -p:NativeAot=true --artifacts-path "$out/aot/$v" ${data_of[$v]:+"${data_of[$v]}"} >/dev/null
done
exe() { # mode variant
  local app=${app_of[$2]}
  if [ "$1" = jit ]; then echo "$out/jit/$2/bin/$app/release/$app"; else echo "$out/aot/$2/publish/$app/release_linux-x64/$app"; fi
}
ls -l "$(exe aot compiled)" "$(exe aot json)" "$(exe aot memorypack)" | awk '{ print "  native " $NF ": " int($5 / 1048576) " MiB" }'

if [ "$build_rounds" -gt 0 ]; then
  echo "== $size: library builds, $build_rounds round(s), alternating compiled and JSON (load: $(uptime | sed 's/.*load/load/'))"
  # One build: prints "<seconds> <peak KiB>". With the server, the compile runs in a VBCSCompiler of our
  # own (its own pipe name, so no other build on this machine shares it or loses it): started by this
  # build, its peak read from /proc, then ended by its process id, so the next build starts one afresh.
  timed_build() { # server|noserver both|net8.0 compiled|json
    local project=src/DiplomacyData props=(-p:DiplomacyDataSeedsDirectory="$seeds") frameworks=() server_props pipe=""
    [ "$3" = json ] && { project=$bench/JsonBaseline; props=(-p:BaselineJson="$out/dataset.json"); }
    [ "$2" = net8.0 ] && frameworks=(-f net8.0)
    if [ "$1" = server ]; then
      pipe=diplomacydata-bench-$$-$RANDOM
      server_props=(-p:UseSharedCompilation=true -p:SharedCompilationId="$pipe" -nodeReuse:false)
    else
      server_props=("${nobuildserver[@]}")
    fi
    /usr/bin/time -f "%e %M" -o "$out/build-time.txt" \
      dotnet build $project "${quiet[@]}" "${server_props[@]}" "${frameworks[@]}" --no-restore --no-dependencies --no-incremental \
      --artifacts-path "$out/lib-$3" "${props[@]}" >/dev/null
    read -r seconds kib < "$out/build-time.txt"
    if [ -n "$pipe" ]; then
      local pid server_kib
      pid=$(pgrep -f -- "VBCSCompiler -pipename:$pipe\$" || true)
      if [ -n "$pid" ]; then
        server_kib=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
        kill "$pid"
        [ "$server_kib" -gt "$kib" ] && kib=$server_kib
      else
        echo "  (no compiler server found for $pipe: the build compiled without it)" >&2
      fi
    fi
    echo "$seconds $kib"
  }
  # Restore and build each library once, so that every timed build is a rebuild of that project only.
  dotnet build src/DiplomacyData "${quiet[@]}" "${nobuildserver[@]}" --artifacts-path "$out/lib-compiled" -p:DiplomacyDataSeedsDirectory="$seeds" >/dev/null
  dotnet build $bench/JsonBaseline "${quiet[@]}" "${nobuildserver[@]}" --artifacts-path "$out/lib-json" -p:BaselineJson="$out/dataset.json" >/dev/null
  printf "round\tkind\tcompiled_s\tcompiled_kib\tjson_s\tjson_kib\tratio\tload\n" > "$out/build-rounds.tsv"
  for round in $(seq "$build_rounds"); do
    for kind in "server both" "noserver both" "noserver net8.0"; do
      read -r cs ck <<<"$(timed_build $kind compiled)"
      read -r js jk <<<"$(timed_build $kind json)"
      ratio=$(awk -v c="$cs" -v j="$js" 'BEGIN { printf "%.2f", c / j }')
      load=$(cut -d' ' -f1 /proc/loadavg)
      printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$round" "${kind/ /-}" "$cs" "$ck" "$js" "$jk" "$ratio" "$load" >> "$out/build-rounds.tsv"
      printf "  round %s %-16s compiled %6.2f s %5d MiB   json %5.2f s %4d MiB   ratio %s   (load %s)\n" \
        "$round" "${kind/ /-}" "$cs" $((ck / 1024)) "$js" $((jk / 1024)) "$ratio" "$load"
    done
  done
fi

results=$out/coldstart.tsv
run() { # mode variant workload
  local start end answer args=(point "$query")
  [ "$3" = scan ] && args=(scan)
  start=$(date +%s%N)
  answer=$(/usr/bin/time -f "%M" -o "$out/rss.txt" "$(exe "$1" "$2")" "${args[@]}")
  end=$(date +%s%N)
  printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$1" "$2" "$3" $(((end - start) / 1000)) "$(tail -n1 "$out/rss.txt")" "${answer##* }" "${answer% *}" >> "$results"
}
echo "== $size: cold start, $runs runs of each variant, alternating; point query: $query (load: $(uptime | sed 's/.*load/load/'))"
for mode in jit aot; do for v in "${variants[@]}"; do run $mode "$v" point; done; done # warm the file cache, not recorded
printf "mode\tvariant\tworkload\twall_us\tpeak_kib\tfirst_touch_ms\tanswer\n" > "$results"
for workload in point scan; do
  for _ in $(seq "$runs"); do
    for mode in jit aot; do for v in "${variants[@]}"; do run $mode "$v" $workload; done; done
  done
done
echo "   (load after: $(uptime | sed 's/.*load/load/'))"

for workload in point scan; do
  answers=$(awk -F'\t' -v w=$workload '$2 != "empty" && $3 == w { print $7 }' "$results" | sort -u | wc -l)
  [ "$answers" -eq 1 ] || { echo "the variants answered the $workload query differently:" >&2; awk -F'\t' -v w=$workload '$3 == w { print $1, $2, $7 }' "$results" | sort -u >&2; exit 1; }
  echo "   $workload answer, the same from every variant: $(awk -F'\t' -v w=$workload '$2 == "compiled" && $3 == w { print $7; exit }' "$results")"
done
$bench/summarize-coldstart.sh "$results" | tee "$out/summary.txt"
