using System;
using System.IO;
using System.Text.Json;

namespace DiplomacyData.Report.Tests;

/// <summary>
/// A small seeds folder whose texts try to become markup: a quote, verbatim in its article, holding a
/// script and an image with an error handler; a name, a note, a summary and a reason with markup; and an
/// article sentence holding U+202E (the seeds may not, DD0012, but an article may). One sentence is left
/// neither cited nor excluded, so the site must show that status too.
/// </summary>
internal static class HostileSeeds
{
    public const string ArticleId = "hostile-article";
    public const string PersonId = "anna-rossi";
    public const string StatementId = "st-hostile-quote";
    public const string ScriptQuote = "Rossi said <script>document.title='pwned';document.body.setAttribute('data-pwned','1')</script> and <img src=x onerror=\"alert('pwned')\"> twice.";
    public const string PersonName = "Anna <em>Rossi</em>";
    public const string Note = "A note with <b>bold</b> and <iframe src=\"https://example.com/\"></iframe> in it & more.";
    public const string BidiSentence = "The text turns here \u202Eok.";
    public const string UnaccountedSentence = "Nobody accounts for this sentence.";

    public static readonly string Article = "Hostile headline about Italy\n" + ScriptQuote + "\n" + BidiSentence + "\n" + UnaccountedSentence + "\n";

    /// <summary>Writes the seeds into <paramref name="folder"/> (which must not exist yet) and returns it.</summary>
    public static string Write(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        File.WriteAllText(Path.Combine(folder, "sources", "hostile.txt"), Article);
        var seeds = new
        {
            sources = new[] { new { id = ArticleId, file = "sources/hostile.txt", title = "Hostile <title> & headline", language = "en" } },
            people = new[] { new { id = PersonId, name = PersonName, note = Note } },
            statements = new[]
            {
                new
                {
                    id = StatementId, kind = "information", speakers = new[] { PersonId },
                    summary = "Rossi <script>alert('summary')</script> spoke.",
                    evidence = new[] { new { source = ArticleId, quote = ScriptQuote } },
                },
            },
            exclusions = new[]
            {
                new { id = "ex-headline", source = ArticleId, quote = "Hostile headline about Italy", category = "headline", reason = "The <u>headline</u>; recorded as the title." },
                new { id = "ex-bidi", source = ArticleId, quote = "The text turns here", category = "commentary", reason = "Holds a right-to-left override." },
            },
        };
        File.WriteAllText(Path.Combine(folder, "seeds.json"), JsonSerializer.Serialize(seeds, new JsonSerializerOptions { WriteIndented = true }));
        return folder;
    }
}
