using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using DiplomacyData.SeedCompiler.Checking;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.Generator.Tests.Infrastructure;
using DiplomacyData.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// generator/DiplomacyData.SeedCompiler/Diagnostics.md documents every diagnostic with a bad and a
/// fixed seed. The catalogue and the page cannot drift apart: each descriptor has its section, each
/// section its descriptor, and each example, added to the real seeds, does what the page says.
/// </summary>
public sealed class DiagnosticsDocumentationTests
{
    /// <summary>
    /// No seed can cause the compiler's own failure; neither the coverage report nor the note on
    /// handles left out of a very large dataset is a problem to fix; and an unreadable build property
    /// is in the project file, not in a seed (HandleLimitTests covers it).
    /// </summary>
    private static readonly string[] WithoutExamples = { "DD0019", "DD0022", "DD0024", "DD0025" };

    private static readonly Lazy<IReadOnlyList<Section>> Sections = new(() =>
        Section.Parse(File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), SeedDiagnosticDescriptor.DocumentationPath))));

    private static readonly IReadOnlyList<SeedDiagnosticDescriptor> Descriptors = SeedDiagnostics.All;

    public static TheoryData<string> DocumentedIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors.Where(d => !WithoutExamples.Contains(d.Id)))
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void Every_descriptor_has_one_section_and_every_section_a_descriptor()
    {
        Assert.True(Descriptors.Count >= 23);
        Assert.Equal(Descriptors.Select(d => d.Id), Sections.Value.Select(s => s.Id));
    }

    [Fact]
    public void Each_section_gives_the_title_and_severity_of_its_descriptor()
    {
        foreach (var descriptor in Descriptors)
        {
            var section = Sections.Value.Single(s => s.Id == descriptor.Id);
            Assert.Equal(descriptor.Title.ToString(), section.Title);
            Assert.StartsWith(descriptor.Severity + ".", section.Body.TrimStart(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_page_heading_names_the_catalogue_s_range()
    {
        var heading = File.ReadLines(DocumentationFile()).First();
        Assert.Equal($"# Seed diagnostics ({Descriptors[0].Id}–{Descriptors[Descriptors.Count - 1].Id})", heading);
    }

    [Fact]
    public void Each_descriptor_s_help_link_leads_to_its_section_and_it_has_a_description()
    {
        var anchors = File.ReadLines(DocumentationFile())
            .Where(line => line.StartsWith("## ", StringComparison.Ordinal))
            .Select(line => SeedDiagnosticDescriptor.HeadingAnchor(line.Substring(3)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var descriptor in Descriptors)
        {
            var link = descriptor.HelpLink;
            Assert.StartsWith(SeedDiagnosticDescriptor.DocumentationPath + "#", link, StringComparison.Ordinal);
            Assert.Contains(link.Substring(link.IndexOf('#') + 1), anchors);
            Assert.StartsWith(descriptor.Id.ToLowerInvariant() + "-", link.Substring(link.IndexOf('#') + 1), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description), descriptor.Id + " has no description");
        }
    }

    /// <summary>
    /// Roslyn's release-tracking analyzer cannot see descriptors made from the catalogue at run time
    /// (RoslynDiagnostics), so this test keeps AnalyzerReleases.*.md in step with it instead.
    /// </summary>
    [Fact]
    public void The_analyzer_release_files_list_every_diagnostic_with_its_severity_and_title()
    {
        var folder = Path.GetDirectoryName(DocumentationFile())!;
        var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(name => File.ReadLines(Path.Combine(folder, name)))
            .Where(line => line.StartsWith("DD", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => $"{cells[0]} {cells[2]} {cells[3]}")
            .OrderBy(row => row, StringComparer.Ordinal);
        var expected = Descriptors.Select(d => $"{d.Id} {d.Severity} {d.Title}");
        Assert.Equal(expected, rows);
    }

    private static string DocumentationFile() => Path.Combine(Snapshot.RepositoryRoot(), SeedDiagnosticDescriptor.DocumentationPath);

    [Theory]
    [MemberData(nameof(DocumentedIds))]
    public void The_bad_example_reports_the_diagnostic_in_the_example(string id)
    {
        var bad = Sections.Value.Single(s => s.Id == id).Examples.Where(e => e.Variant == "Bad").ToList();
        Assert.NotEmpty(bad);

        var (inputs, outcome) = RunWithRealSeeds(bad);
        var reported = outcome.Diagnostics.Where(d => d.Descriptor.Id == id).ToList();
        Assert.True(reported.Count > 0, $"The bad example of {id} reports: {string.Join("\n", outcome.Diagnostics.Select(d => d.ToDiagnostic()))}");
        var examplePaths = inputs.Where(i => bad.Any(e => e.Path == i.RelativePath)).Select(i => i.Path).ToList();
        Assert.All(reported, d => Assert.Contains(d.Location!.FilePath, examplePaths));
    }

    [Theory]
    [MemberData(nameof(DocumentedIds))]
    public void The_fixed_example_is_clean(string id)
    {
        var fixedExample = Sections.Value.Single(s => s.Id == id).Examples.Where(e => e.Variant == "Fixed").ToList();
        Assert.NotEmpty(fixedExample);

        var (_, outcome) = RunWithRealSeeds(fixedExample);
        Assert.Empty(outcome.Diagnostics.Where(d => d.Descriptor.Severity >= SeedSeverity.Warning).Select(d => d.ToDiagnostic().ToString()));
    }

    /// <summary>The real seeds with the example's files added (or put in place of a real file at the same path).</summary>
    private static (IReadOnlyList<SeedInput> Inputs, PipelineOutcome Outcome) RunWithRealSeeds(IReadOnlyList<Example> files)
    {
        var seeds = GeneratorHarness.RealSeedsDirectory;
        var added = files.Select(f => new SeedInput(Path.Combine(seeds, f.Path), f.Path, f.Text)).ToList();
        var inputs = SeedPipeline.Read(seeds).Where(i => added.All(a => a.RelativePath != i.RelativePath)).Concat(added).ToList();
        return (inputs, SeedPipeline.Run(inputs));
    }

    private sealed record Example(string Variant, string Path, string Text);

    private sealed record Section(string Id, string Title, string Body, IReadOnlyList<Example> Examples)
    {
        private static readonly Regex Heading = new(@"^## (DD\d{4}): (.+)$");
        private static readonly Regex Label = new(@"^(Bad|Fixed), `([^`]+)`:$");

        /// <summary>"## DDnnnn: Title" starts a section; "Bad, `path`:" or "Fixed, `path`:" names the next fenced block.</summary>
        public static IReadOnlyList<Section> Parse(string page)
        {
            var lines = page.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            var sections = new List<Section>();
            for (var i = 0; i < lines.Length; i++)
            {
                var heading = Heading.Match(lines[i]);
                if (!heading.Success)
                {
                    continue;
                }

                var end = Array.FindIndex(lines, i + 1, line => Heading.IsMatch(line));
                var body = lines[(i + 1)..(end < 0 ? lines.Length : end)];
                sections.Add(new Section(heading.Groups[1].Value, heading.Groups[2].Value, string.Join("\n", body), ReadExamples(body)));
            }

            return sections;
        }

        private static List<Example> ReadExamples(string[] body)
        {
            var examples = new List<Example>();
            for (var i = 0; i < body.Length; i++)
            {
                var label = Label.Match(body[i]);
                if (!label.Success)
                {
                    continue;
                }

                var open = Array.FindIndex(body, i + 1, line => line.StartsWith("```", StringComparison.Ordinal));
                var close = Array.FindIndex(body, open + 1, line => line == "```");
                var text = string.Join("\n", body[(open + 1)..close]) + "\n";
                examples.Add(new Example(label.Groups[1].Value, label.Groups[2].Value, text));
            }

            return examples;
        }
    }
}
