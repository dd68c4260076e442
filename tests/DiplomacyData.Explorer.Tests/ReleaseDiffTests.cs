using System;
using System.Linq;
using DiplomacyData.Explorer.Releases;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

/// <summary>The release engine on small hand-made releases: what counts as added, removed and changed, and what that requires of the version.</summary>
public sealed class ReleaseDiffTests
{
    private static ReleasedRecord Event(string id, string title, params string[] evidence) => new("Event", id, new[]
    {
        ReleasedField.Scalar("title", title),
        ReleasedField.Scalar("date", "2023-07-03"),
        ReleasedField.List(ReleasedRecord.EvidenceFieldName, evidence),
    });

    [Fact]
    public void Identical_releases_differ_in_nothing_and_require_no_bump()
    {
        var release = new[] { Event("a", "A", "s: \"q\""), Event("b", "B", "s: \"r\"") };
        var diff = DataDiff.Between(release, release.Reverse());

        Assert.True(diff.IsEmpty);
        Assert.Equal(VersionBump.None, diff.RequiredBump);
    }

    [Fact]
    public void A_new_record_is_an_addition_with_its_evidence_and_requires_a_minor_release()
    {
        var diff = DataDiff.Between(new[] { Event("a", "A") }, new[] { Event("a", "A"), Event("b", "B", "s: \"new quote\"") });

        var added = Assert.Single(diff.Added);
        Assert.Equal("b", added.Id);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Changed);
        Assert.Equal(VersionBump.Minor, diff.RequiredBump);
        Assert.Contains("  - evidence: s: \"new quote\"", ChangelogWriter.Section(new(0, 1, 0), new(0, 2, 0), ApiDiff.Between("", ""), diff));
    }

    [Fact]
    public void A_corrected_field_is_a_change_naming_old_and_new_values_and_requires_a_patch()
    {
        var diff = DataDiff.Between(new[] { Event("a", "Old title", "s: \"q\"") }, new[] { Event("a", "New title", "s: \"q\"", "t: \"more\"") });

        var change = Assert.Single(diff.Changed);
        Assert.Equal(new[] { "title", ReleasedRecord.EvidenceFieldName }, change.Fields.Select(f => f.Name));
        Assert.Equal(new[] { "t: \"more\"" }, change.EvidenceAdded);
        Assert.Equal(VersionBump.Patch, diff.RequiredBump);

        var section = ChangelogWriter.Section(new(0, 1, 0), new(0, 1, 1), ApiDiff.Between("", ""), diff);
        Assert.Contains("`title`: Old title → New title", section);
        Assert.Contains("evidence added: t: \"more\"", section);
    }

    [Fact]
    public void A_changed_id_is_a_removal_and_an_addition()
    {
        var diff = DataDiff.Between(new[] { Event("old-id", "A") }, new[] { Event("new-id", "A") });

        Assert.Equal("old-id", Assert.Single(diff.Removed).Id);
        Assert.Equal("new-id", Assert.Single(diff.Added).Id);
        Assert.Empty(diff.Changed);
    }

    [Fact]
    public void Api_members_are_compared_within_their_type()
    {
        const string before = "namespace N\n{\n    public static class Events\n    {\n        public static N.Event A { get; }\n    }\n    public static class People\n    {\n        public static N.Person B { get; }\n    }\n}\n";
        const string renamed = "namespace N\n{\n    public static class Events\n    {\n        public static N.Event A2 { get; }\n    }\n    public static class People\n    {\n        public static N.Person B { get; }\n    }\n}\n";
        const string grown = "namespace N\n{\n    public static class Events\n    {\n        public static N.Event A { get; }\n        public static N.Event C { get; }\n    }\n    public static class People\n    {\n        public static N.Person B { get; }\n    }\n}\n";

        Assert.Equal(VersionBump.None, ApiDiff.Between(before, before).RequiredBump);
        Assert.Equal(VersionBump.Major, ApiDiff.Between(before, renamed).RequiredBump);
        Assert.Equal(VersionBump.Minor, ApiDiff.Between(before, grown).RequiredBump);
        Assert.Contains("public static N.Event A { get; }", Assert.Single(ApiDiff.Between(before, renamed).Removed));
        Assert.Contains("Events", Assert.Single(ApiDiff.Between(before, renamed).Removed));
    }

    [Fact]
    public void Implementing_another_interface_adds_api_and_dropping_one_removes_it()
    {
        const string before = "namespace N\n{\n    public readonly struct D : System.IComparable<N.D>, System.IEquatable<N.D>\n    {\n        public int Year { get; }\n    }\n}\n";
        const string after = "namespace N\n{\n    public readonly struct D : System.IComparable, System.IComparable<N.D>, System.IEquatable<N.D>\n    {\n        public int Year { get; }\n    }\n}\n";

        var grown = ApiDiff.Between(before, after);

        Assert.Equal(VersionBump.Minor, grown.RequiredBump);
        Assert.EndsWith("public readonly struct D : System.IComparable", Assert.Single(grown.Added));
        Assert.Equal(VersionBump.Major, ApiDiff.Between(after, before).RequiredBump);
    }

    [Theory]
    [InlineData("0.1.0", "0.1.0", "None", true)]
    [InlineData("0.1.0", "0.1.0", "Patch", false)]
    [InlineData("0.1.0", "0.1.1", "Patch", true)]
    [InlineData("0.1.0", "0.1.1", "Minor", false)]
    [InlineData("0.1.0", "0.2.0", "Minor", true)]
    [InlineData("0.1.3", "0.2.0", "Patch", true)]
    [InlineData("0.9.0", "0.10.0", "Major", false)]
    [InlineData("0.9.0", "1.0.0", "Major", true)]
    [InlineData("1.0.0", "0.9.0", "None", false)]
    public void The_version_must_rise_at_least_as_far_as_the_changes_require(string previous, string current, string required, bool allowed)
    {
        var violation = VersionPolicy.Violation(ReleaseVersion.Parse(previous), ReleaseVersion.Parse(current), Enum.Parse<VersionBump>(required));

        Assert.Equal(allowed, violation is null);
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("1.2.3.4")]
    [InlineData("01.2.3")]
    [InlineData("1.2.x")]
    [InlineData("-1.2.3")]
    [InlineData("1.2.3-beta")]
    public void Malformed_versions_are_refused(string text)
    {
        Assert.False(ReleaseVersion.TryParse(text, out _));
    }

    [Fact]
    public void Snapshot_lines_read_back_exactly_whatever_the_text_holds()
    {
        var tricky = "“Quoted”, with \"quotes\", \\ back\\slash, line\nbreak, tab\t, U+2028\u2028 and 𝔸";
        var records = new[]
        {
            new ReleasedRecord("Statement", "s-1", new[] { ReleasedField.Scalar("summary", tricky), ReleasedField.Scalar("note", null), ReleasedField.List("topics", new[] { "a", "b" }), ReleasedField.List("aliases", Array.Empty<string>()) }),
            Event("e-1", "Title"),
        };

        var text = ReleaseSnapshotFormat.Write(records);
        var back = ReleaseSnapshotFormat.Read(text, "test.jsonl");

        Assert.Equal(2, text.Count(c => c == '\n'));
        Assert.True(DataDiff.Between(records, back).IsEmpty);
        Assert.Equal(tricky, back.Single(r => r.Id == "s-1").Field("summary")!.Items[0]);
        Assert.Equal("Event", back[0].Kind);
    }
}
