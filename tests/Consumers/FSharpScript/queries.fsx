// An F# user's first session with the package: `dotnet fsi queries.fsx <expected release version>`.
//
// `#r "nuget: ..."` restores through the nuget.config found from this script's folder upwards, so the
// repository's local feed (artifacts/packages) is searched with no `#i "nuget: <source>"` line; `#i` would
// need an absolute path (fsi rejects a relative one as an invalid URI), which no file here may hold.
// run.sh points NUGET_PACKAGES at an emptied folder, so the package comes from the feed, freshly packed.
//
// The lines between the two "README.md" markers are the README's F# sample, character for character
// (tests/DiplomacyData.Explorer.Tests/ReadmeTests.cs compares them), so running this script runs the sample.
// README.md F# sample: begin
#r "nuget: DiplomacyData"
open DiplomacyData

let data = Dataset.Current

// Events held (or planned) in Rome, by date: PartialDate sorts as F#'s comparison expects.
let inRome =
    data.EventsAt(Places.Rome)
    |> Seq.sortBy (fun e -> e.Date)
    |> Seq.map (fun e -> e.Id)
    |> List.ofSeq

// Names ignore case and diacritics: "ha noi" finds Hà Nội.
let hanoi = data.FindByName "ha noi" |> Seq.exactlyOne
printfn "%d events in Rome; \"ha noi\" is %s (%s)" inRome.Length hanoi.Name hanoi.Id
// README.md F# sample: end

open System

let mutable wrong = 0

/// Prints the answer, and counts it wrong (with a note on standard error) when it is not the articles' answer.
let check (question: string) (expected: string) (answer: string) =
    printfn "%s %s" question answer
    if answer <> expected then
        eprintfn "WRONG: \"%s\" should be \"%s\"." question expected
        wrong <- wrong + 1

match fsi.CommandLineArgs with
| [| _; release |] -> check "Which data release is this?" release data.Info.ReleaseVersion
| _ ->
    eprintfn "usage: dotnet fsi queries.fsx <expected data release version>"
    exit 2

// article-001: "announced on July 3 at the fourth Vietnam-Italy defense policy dialogue".
data.Events
|> Seq.filter (fun e -> e.Series = Series.DefencePolicyDialogue && e.Ordinal = Nullable 4)
|> Seq.map (fun e -> string e.Date)
|> Seq.exactlyOne
|> check "When was the 4th defence policy dialogue?" "2023-07-03"

// article-002: the visit to Rome and two meetings there; article-004: Tripodi's meeting in Rome and the
// next round of Political Consultations "in Rome in March 2026". The README's sample computed them above;
// PartialDate implements the non-generic IComparable that F#'s `comparison` constraint asks for.
inRome
|> String.concat ", "
|> check
    "Which events were held (or are planned) in Rome, by date?"
    "vo-van-thuong-visit-rome-2023, thuong-gualtieri-meeting, thuong-la-russa-meeting, tripodi-le-thi-thu-hang-meeting, political-consultations-next-round"

// Names ignore case and diacritics: article-003 writes "Hà Nội", others "Hanoi" (the README's sample found it above).
check "What is \"ha noi\"?" "Hà Nội" hanoi.Name

// article-000: "Giang proposed that both sides intensify delegation exchanges at all levels, especially high-level visits."
data.StatementsBy(People.PhanVanGiang)
|> Seq.filter (fun s -> s.StatementKind = StatementKind.Proposal)
|> Seq.map (fun s -> s.Id)
|> Seq.sort
|> String.concat ", "
|> check
    "What did Phan Van Giang propose?"
    "st-giang-proposes-delegation-exchanges, st-giang-suggests-defence-cooperation-fields"

// Every fact carries its evidence; the package has the quotes of five articles.
data.Sources
|> Seq.length
|> string
|> check "How many articles are cited?" "5"

exit (if wrong = 0 then 0 else 1)
