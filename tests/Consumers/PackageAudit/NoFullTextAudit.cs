using DiplomacyData;

namespace PackageAudit;

/// <summary>
/// The package carries the facts and their quotes, not the articles. Every sentence of every article that
/// no quote (or headline) holds in full must be absent from every file of the .nupkg and .snupkg and from
/// every source embedded in the PDBs. So that absence means something, the search must first find every
/// quote in each packed DiplomacyData.dll.
/// </summary>
internal static class NoFullTextAudit
{
    // A shorter sentence ("Photo: VNA") could turn up in a package by coincidence, proving nothing either way.
    private const int MinimumLetters = 25;

    public static AuditResult Run(AuditInputs inputs)
    {
        var data = Dataset.Current;
        var quotes = data.All.SelectMany(r => r.Evidence).Select(e => e.Quote).Distinct(StringComparer.Ordinal).ToList();
        var carried = quotes.Concat(data.Sources.Select(s => s.Title)).Select(ArticleText.FoldSpaces).ToList();
        var haystacks = Haystacks(inputs);
        var findings = new List<string>();
        var passed = true;

        foreach (var assembly in haystacks.Where(h => h.Name.EndsWith("/DiplomacyData.dll", StringComparison.Ordinal)))
        {
            var missing = quotes.Where(q => !assembly.Contains(q)).ToList();
            passed &= missing.Count == 0;
            findings.Add(missing.Count == 0
                ? $"pass: all {quotes.Count} quotes are found in {assembly.Name}, so the search sees the text it holds"
                : $"FAIL: {missing.Count} of {quotes.Count} quotes are not found in {assembly.Name} (first: \"{missing[0]}\"): the search cannot prove absence");
        }

        if (!haystacks.Any(h => h.Name.EndsWith("/DiplomacyData.dll", StringComparison.Ordinal)))
        {
            findings.Add("FAIL: the package has no DiplomacyData.dll to search");
            passed = false;
        }

        var sentences = 0;
        var tooShort = 0;
        var checkedSentences = 0;
        var (allLetters, allQuoted, allQuotedByFacts) = (0, 0, 0);
        foreach (var source in data.Sources)
        {
            var text = File.ReadAllText(Path.Combine(inputs.SeedsDirectory, source.FileName));

            // Not a pass/fail rule (the curation rules have every sentence cited or excluded by quote), but
            // what the licence line has to stand on: how much of the article the quotes give back.
            var evidence = data.All.SelectMany(r => r.Evidence.Select(e => (r.Kind, e))).Where(x => x.e.Source == source).ToList();
            var (quoted, letters) = QuotedLetters(text, evidence.Select(x => x.e.Quote));
            var (quotedByFacts, _) = QuotedLetters(text, evidence.Where(x => x.Kind != RecordKind.Exclusion).Select(x => x.e.Quote));
            findings.Add($"note: the quotes from {source.Id} cover {quoted} of its {letters} letters ({100.0 * quoted / letters:F0}%), in pieces;"
                + $" without the exclusions' quotes {quotedByFacts} ({100.0 * quotedByFacts / letters:F0}%)");
            allLetters += letters;
            allQuoted += quoted;
            allQuotedByFacts += quotedByFacts;

            foreach (var sentence in ArticleText.Sentences(text))
            {
                sentences++;
                var folded = ArticleText.FoldSpaces(sentence);
                if (carried.Any(c => c.Contains(folded, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (ArticleText.CountLetters(sentence) < MinimumLetters)
                {
                    tooShort++;
                    continue;
                }

                checkedSentences++;
                foreach (var haystack in haystacks.Where(h => h.Contains(sentence)))
                {
                    findings.Add($"FAIL: {haystack.Name} holds this sentence of {source.Id}, which no quote holds: \"{sentence}\"");
                    passed = false;
                }
            }
        }

        findings.Add($"note: in all, the quotes cover {allQuoted} of {allLetters} letters ({100.0 * allQuoted / allLetters:F0}%);"
            + $" without the exclusions' quotes {allQuotedByFacts} ({100.0 * allQuotedByFacts / allLetters:F0}%)");

        if (checkedSentences == 0)
        {
            findings.Add("FAIL: every article sentence is quoted in full, so there is nothing to look for");
            passed = false;
        }

        if (passed)
        {
            findings.Add($"pass: {checkedSentences} of {sentences} sentences in {data.Sources.Count} articles are held in full by no quote"
                + $" ({tooShort} more are too short to tell); none of them is in the {haystacks.Count} files and embedded sources searched");
        }

        return new AuditResult(passed, findings);
    }

    /// <summary>How many letters of the article lie inside at least one of the quotes, and how many it has.</summary>
    private static (int Quoted, int Letters) QuotedLetters(string article, IEnumerable<string> quotes)
    {
        var text = ArticleText.FoldSpaces(article);
        var covered = new bool[text.Length];
        foreach (var quote in quotes.Select(ArticleText.FoldSpaces).Where(q => q.Length > 0))
        {
            for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(covered, true, at, quote.Length);
            }
        }

        var letters = Enumerable.Range(0, text.Length).Where(i => char.IsLetterOrDigit(text[i])).ToList();
        return (letters.Count(i => covered[i]), letters.Count);
    }

    private static List<Haystack> Haystacks(AuditInputs inputs)
    {
        var haystacks = new List<Haystack>();
        foreach (var (package, files) in new[] { ("nupkg", inputs.Package), ("snupkg", inputs.Symbols) })
        {
            foreach (var (name, content) in files)
            {
                haystacks.Add(Haystack.ForFile($"{package}:{name}", content));
                if (name.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase))
                {
                    haystacks.AddRange(PortablePdb.Documents(content)
                        .Where(d => d.EmbeddedText is not null)
                        .Select(d => Haystack.ForText($"{package}:{name}!{d.Name}", d.EmbeddedText!)));
                }
            }
        }

        return haystacks;
    }
}
