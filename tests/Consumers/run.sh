#!/usr/bin/env bash
# The consumer checks: code that uses DiplomacyData the way other people's projects do, through the
# package packed into the local feed artifacts/packages (see nuget.config), never a project reference.
# .ci/run calls this after its pack step; by hand, from the repository root:
#
#   dotnet pack src/DiplomacyData -c Release -o artifacts/packages
#   bash tests/Consumers/run.sh
#
# Every check prints "consumer check passed: NAME" or "consumer check FAILED: NAME" (with its log), and
# writes "pass NAME" or "fail NAME" to artifacts/consumers/results.txt, which .ci/run adds to its counts.
# Exit code: 0 when every check passed, 1 when one failed, 2 when there is no single package to check.
# NativeAOT needs clang (and binutils' objcopy); .ci/run installs them where they are missing.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
out=artifacts/consumers
logs=$out/logs
results=$out/results.txt

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# NuGet's global folder keeps the first DiplomacyData x.y.z it extracts and would go on serving it after a
# re-pack with the same version. Restoring into an emptied folder of our own gets the package just packed.
export NUGET_PACKAGES=$root/$out/packages

rm -rf "$out"
mkdir -p "$logs"
: >"$results"

shopt -s nullglob
# The data package only: the explorer's tool package (DiplomacyData.Explorer.*) sits beside it.
packages=(artifacts/packages/DiplomacyData.[0-9]*.nupkg)
if [ ${#packages[@]} -ne 1 ]; then
  echo "tests/Consumers/run.sh: expected one DiplomacyData.*.nupkg in artifacts/packages, found ${#packages[@]}; run 'dotnet pack src/DiplomacyData -c Release -o artifacts/packages' first." >&2
  exit 2
fi
nupkg=${packages[0]}
snupkg=${nupkg%.nupkg}.snupkg
version=${nupkg#artifacts/packages/DiplomacyData.}
version=${version%.nupkg}
echo "consumers of $nupkg (version $version)"

build=(-c Release -warnaserror -p:DiplomacyDataVersion="$version")

# check NAME FUNCTION [ARGUMENTS...]: runs the function (with the arguments) with its output in logs/NAME.log and
# records the outcome. A passing check's log is not shown, but for its "note:" lines (figures worth seeing on every run).
check() {
  local name=$1 started=$SECONDS
  if "$2" "${@:3}" >"$logs/$1.log" 2>&1; then
    echo "pass $name" >>"$results"
    echo "consumer check passed: $name ($((SECONDS - started)) s)"
    grep '^note: ' "$logs/$name.log" | sed 's/^/    /'
  else
    echo "fail $name" >>"$results"
    echo "consumer check FAILED: $name ($((SECONDS - started)) s):"
    sed 's/^/    /' "$logs/$name.log"
  fi
}

# A C# console app on the JIT: LINQ queries whose answers it checks (tests/Consumers/CSharpApp/Questions.cs).
csharp_app() {
  dotnet build tests/Consumers/CSharpApp "${build[@]}" &&
    dotnet "$out/build/bin/CSharpApp/release/CSharpApp.dll" "$version" | tee "$out/answers-jit.txt"
}

# The same app published with NativeAOT: no trim or AOT warning at all, and the same answers as on the JIT.
native_aot() {
  dotnet publish tests/Consumers/CSharpApp "${build[@]}" -o "$out/aot" >"$logs/native-aot-publish.log" 2>&1
  local published=$?
  cat "$logs/native-aot-publish.log"
  if grep -Eq '(warning|error) IL[0-9]{4}' "$logs/native-aot-publish.log"; then
    echo "The NativeAOT publish reported trim or AOT problems (ILxxxx) above."
    return 1
  fi
  [ $published -eq 0 ] || return 1
  if [ -e "$out/aot/CSharpApp.dll" ] || [ ! -x "$out/aot/CSharpApp" ]; then
    echo "The publish did not produce a native executable."
    return 1
  fi
  "$out/aot/CSharpApp" "$version" | tee "$out/answers-aot.txt" || return 1
  diff -u "$out/answers-jit.txt" "$out/answers-aot.txt" || { echo "The native binary answers differently from the JIT app (diff above)."; return 1; }
}

# The package's buildTransitive/DiplomacyData.props reaches the app: NativeAOT keeps preinitialized data (the packed
# tables' string literals) mapped from the image instead of rebuilding it at start (IlcDehydrate false); an app that
# set the property before the package's props are read (a Directory.Build.props, or here the environment, which
# MSBuild reads the same way) keeps its own value; and the binary native-aot-same-answers published has no .hydrated
# section, the one dehydration fills at start.
native_aot_keeps_data_mapped() {
  local project=tests/Consumers/CSharpApp value
  dotnet restore "$project" -p:DiplomacyDataVersion="$version" || return 1
  value=$(dotnet msbuild "$project" -getProperty:IlcDehydrate -p:DiplomacyDataVersion="$version") || return 1
  [ "$value" = false ] || { echo "IlcDehydrate in a consumer is '$value', not the package's 'false'."; return 1; }
  value=$(IlcDehydrate=true dotnet msbuild "$project" -getProperty:IlcDehydrate -p:DiplomacyDataVersion="$version") || return 1
  [ "$value" = true ] || { echo "An app's own IlcDehydrate=true became '$value': the package must leave a value it finds."; return 1; }
  readelf -SW "$out/aot/CSharpApp" >"$out/aot-sections.txt" || { echo "No native binary to read: see native-aot-same-answers."; return 1; }
  if grep -F ' .hydrated ' "$out/aot-sections.txt"; then
    echo "The NativeAOT binary has a .hydrated section (above): it was published with dehydration on."
    return 1
  fi
  echo "note: NativeAOT binary $(stat -c %s "$out/aot/CSharpApp") bytes, no .hydrated section"
}

# An F# script, as someone exploring the data would write it: #r "nuget: DiplomacyData" in dotnet fsi.
fsharp_script() {
  dotnet fsi tests/Consumers/FSharpScript/queries.fsx "$version"
}

# A netstandard2.0 library using the package, and a net8.0 app running a query through it.
netstandard_library_net8_app() {
  dotnet build tests/Consumers/Net8App "${build[@]}" &&
    dotnet "$out/build/bin/Net8App/release/Net8App.dll"
}

# The README's Install section as a user follows it: a new console project outside this repository, a package
# cache of its own that starts empty, the lines of the README's "In your project's folder" block run as written
# (the repository's path in place of its placeholder), then the README's first query as the program: each line
# it prints must be the comment beside the Console.WriteLine that printed it.
readme_install() {
  local project cache steps query
  project=$(mktemp -d) && cache=$(mktemp -d) || return 1
  steps=$(readme_block "In your project's folder" sh) && query=$(readme_block "A first query" csharp) || return 1
  echo "$steps"
  (
    cd "$project" &&
      export NUGET_PACKAGES=$cache &&
      dotnet new console --name ReadmeQuery --output . &&
      sed "s|path/to/DiplomacyData|$root|g" <<<"$steps" | bash -ex &&
      printf '%s\n' "$query" >Program.cs &&
      dotnet run -c Release >"$project/printed.txt" &&
      cat "$project/printed.txt" &&
      grep 'Console.WriteLine' Program.cs | sed 's|.*// ||' >"$project/expected.txt" &&
      diff -u "$project/expected.txt" "$project/printed.txt" &&
      echo "note: restored into an empty cache: $(ls "$cache" | tr '\n' ' ')"
  )
  local outcome=$?
  rm -rf "$project" "$cache"
  return $outcome
}

# The README's "Using the package" section: each ```csharp block in it is a whole program (top-level statements) that
# answers the bold question before it, and ends with the output it prints, as a comment in this convention:
#
#   // prints:
#   // the first printed line
#   //                              (an empty printed line)
#   // the last printed line
#
# Every line after "// prints:" to the end of the block is "// " and a printed line (or "//" alone); the lines are
# compared exactly and in order. Each block is a check of its own, named after its question
# (readme-question-meetings-and-visits-in-a-year): it compiles alone, as the only source of the console app
# tests/Consumers/ReadmeQuestions, against the packed package, and a difference in its output fails it with a diff.
questions=$out/readme-questions

# Cuts the section's blocks into $questions/NN.cs and lists "NN slug" in $questions/index.txt, the slug made from
# the bold text that opens the paragraph before the block ("block-NN" when there is none).
cut_readme_questions() {
  mkdir -p "$questions" && : >"$questions/index.txt"
  awk -v dir="$questions" -v fence='```' '
    !inside && /^## / { in_section = ($0 == "## Using the package"); next }
    !in_section { next }
    !inside && /^\*\*/ { question = $0; sub(/^\*\*/, "", question); sub(/\*\*.*/, "", question); next }
    !inside && $0 == fence "csharp" {
      inside = 1; n++; file = sprintf("%s/%02d.cs", dir, n)
      slug = tolower(question); gsub(/[^a-z0-9]+/, "-", slug); gsub(/^-+|-+$/, "", slug)
      printf "%02d %s\n", n, (slug == "" ? sprintf("block-%02d", n) : slug) >> (dir "/index.txt")
      question = ""; next
    }
    inside && $0 == fence { inside = 0; close(file); next }
    inside { print > file }
  ' README.md
}

no_readme_questions() {
  echo "README.md's \"## Using the package\" section has no \`\`\`csharp block, or the section is gone."
  return 1
}

# One cut block: build it, run it, compare what it prints with its "// prints:" lines.
readme_question() {
  local block=$questions/$1.cs expected=$questions/$1.expected.txt printed=$questions/$1.printed.txt
  cat "$block"
  if ! grep -q '^// prints:$' "$block"; then
    echo "This README block has no \"// prints:\" comment giving its output (see the convention in run.sh)."
    return 1
  fi
  sed '1,/^\/\/ prints:$/d' "$block" >"$expected"
  if grep -v '^//' "$expected"; then
    echo "The lines above follow \"// prints:\" but are not comments: everything after it is the expected output."
    return 1
  fi
  sed -i -E 's|^// ?||' "$expected"
  dotnet build tests/Consumers/ReadmeQuestions "${build[@]}" -p:ReadmeBlock="$root/$block" &&
    dotnet "$out/build/bin/ReadmeQuestions/release/ReadmeQuestions.dll" >"$printed" || return 1
  diff -u --label "README.md // prints:" --label "printed by the block" "$expected" "$printed" ||
    { echo "The block printed something else than its \"// prints:\" comment says (diff above)."; return 1; }
}

# The first fenced block of LANGUAGE after the README line that starts with HEADING.
readme_block() {
  local fence='```' block
  block=$(awk -v heading="$1" -v opening="$fence$2" -v closing="$fence" '
    index($0, heading) == 1 { found = 1; next }
    found && !inside && $0 == opening { inside = 1; next }
    inside && $0 == closing { exit }
    inside { print }
  ' README.md)
  [ -n "$block" ] || { echo "README.md has no $fence$2 block after a line starting \"$1\"."; return 1; }
  printf '%s\n' "$block"
}

# The explorer as a .NET tool, installed from the local feed as README.md's "Install the explorer" says, in the two
# ways it gives: into a folder of its own (--tool-path stands in for --global, so nothing leaks into ~/.dotnet/tools)
# and as a local tool in a new folder's tool manifest. Each install runs commands whose output is checked: the
# timeline must start as README.md shows it, show must give the dialogue's date and help must name diplomacy-data
# (not the assembly), search must fold "ha noi" to Hà Nội.
explorer_tool() {
  local tools project expected
  tools=$(mktemp -d) && project=$(mktemp -d) || return 1
  expected=$(readme_block "The timeline starts like this" text) || return 1
  (
    dotnet tool install DiplomacyData.Explorer --version "$version" --add-source "$root/artifacts/packages" --tool-path "$tools" &&
      "$tools/diplomacy-data" timeline >"$tools/timeline.txt" &&
      head -n "$(wc -l <<<"$expected")" "$tools/timeline.txt" | diff -u --label "README.md" --label "diplomacy-data timeline" <(printf '%s\n' "$expected") - &&
      "$tools/diplomacy-data" show defence-policy-dialogue-4 | tee "$tools/show.txt" &&
      grep -Eq '^  date +2023-07-03 \(day\)$' "$tools/show.txt" &&
      # Help names the command as installed, not the assembly (DiplomacyData.Explorer). Into a file first, like
      # the others: piped into grep -q under pipefail, the tool could be cut off mid-help and fail the check.
      "$tools/diplomacy-data" --help >"$tools/help.txt" &&
      grep -Fxq '  diplomacy-data [command] [options]' "$tools/help.txt" &&
      cd "$project" &&
      # Local tools are found through a resolver cache in ~/.dotnet that outlives this check's package folder:
      # a home of its own keeps the check from reading a stale entry, or leaving one behind.
      export DOTNET_CLI_HOME=$project/home &&
      dotnet new tool-manifest &&
      dotnet tool install --local DiplomacyData.Explorer --version "$version" --add-source "$root/artifacts/packages" &&
      dotnet tool run diplomacy-data search "ha noi" | tee search.txt &&
      grep -Eq '^place +hanoi +Hà Nội' search.txt
  )
  local outcome=$?
  rm -rf "$tools" "$project"
  return $outcome
}

# The package itself, audited by a consumer of it (tests/Consumers/PackageAudit).
audit() {
  dotnet "$out/build/bin/PackageAudit/release/PackageAudit.dll" "$1" "$nupkg" "$snupkg" seeds
}
no_article_full_text() { audit no-full-text; }
source_hashes_match_articles() { audit content-hashes; }
symbols_embed_generated_sources() { audit symbols; }

started=$SECONDS
check csharp-linq-app csharp_app
check native-aot-same-answers native_aot
check native-aot-keeps-data-mapped native_aot_keeps_data_mapped
check fsharp-script fsharp_script
check netstandard2.0-library-net8.0-app netstandard_library_net8_app
check readme-install-from-empty-cache readme_install
check explorer-dotnet-tool explorer_tool
cut_readme_questions
if [ ! -s "$questions/index.txt" ]; then
  check readme-questions-found no_readme_questions
fi
# The list comes in on descriptor 3, so that nothing a check runs can read it from standard input.
while read -r number slug <&3; do
  check "readme-question-$slug" readme_question "$number"
done 3<"$questions/index.txt"
if ! dotnet build tests/Consumers/PackageAudit "${build[@]}" >"$logs/package-audit-build.log" 2>&1; then
  echo "PackageAudit does not build, so the audits below fail:"
  sed 's/^/    /' "$logs/package-audit-build.log"
fi
check package-has-no-article-full-text no_article_full_text
check package-source-hashes-match-articles source_hashes_match_articles
check symbols-embed-generated-sources symbols_embed_generated_sources

passed=$(grep -c '^pass ' "$results")
failed=$(grep -c '^fail ' "$results")
echo "consumer checks: $passed of $((passed + failed)) passed in $((SECONDS - started)) s"
[ "$failed" -eq 0 ]
