using System;
using System.Linq;
using DiplomacyData.SeedCompiler.Schema;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

/// <summary>
/// Enum values print as the seed files write them, in the library's <c>ToString</c> and in the explorer alike.
/// The expected word is the schema's own (runtime enums follow the schema's order of values), not a spelling rule.
/// </summary>
public sealed class SeedSpellingOutputTests
{
    private static readonly Dataset Data = Dataset.Current;

    [Fact]
    public void Participants_print_their_role_as_the_seeds_write_it()
    {
        var participants = Data.Events.SelectMany(e => e.Participants).ToArray();
        Assert.Contains(participants, p => p.Role == ParticipantRole.DelegationHead);
        Assert.All(participants, p => Assert.Equal($"{p.Actor.Name} ({SeedWord(p.Role)})", p.ToString()));
    }

    [Fact]
    public void Plover_codes_print_type_and_mode_as_the_seeds_write_them()
    {
        var codes = Data.Events.SelectMany(e => e.PloverCodes).ToArray();
        Assert.Contains(codes, c => c.Mode is not null);
        Assert.Contains(codes, c => c.Mode is null);
        Assert.All(codes, c => Assert.Equal(c.Mode is { } mode ? $"{SeedWord(c.Type)} ({SeedWord(mode)})" : SeedWord(c.Type), c.ToString()));
    }

    [Fact]
    public void Figures_claims_and_exclusions_print_their_enum_values_as_the_seeds_write_them()
    {
        Assert.All(Data.Figures, f => Assert.StartsWith($"{f.Description}: {SeedWord(f.Comparator)} ", f.ToString(), StringComparison.Ordinal));
        Assert.All(Data.Claims, c => Assert.EndsWith($" ({SeedWord(c.Rank)})", c.ToString(), StringComparison.Ordinal));
        Assert.All(Data.Exclusions, x => Assert.Contains($"\" ({SeedWord(x.Category)}): ", x.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void The_timeline_prints_statuses_and_roles_as_the_seeds_write_them()
    {
        var output = Explorer.Run("timeline").Output;
        foreach (var e in Data.Events)
        {
            Assert.Contains($"  {e.Title}  [{SeedWord(e.Status)}]\n", output, StringComparison.Ordinal);
            if (e.Participants.Count > 0)
            {
                Assert.Contains("    who:   " + string.Join("; ", e.Participants.Select(p => $"{p.Actor.Name} ({SeedWord(p.Role)})")) + "\n", output, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain("delegation head", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_and_show_name_kinds_in_kebab_case()
    {
        var office = Data.Offices[0];
        Assert.StartsWith($"office-held {office.Id}: ", Explorer.Run("show", office.Id).Output, StringComparison.Ordinal);
        Assert.Contains(Explorer.Run("search", office.Person.Name).OutputLines, line => line.StartsWith($"person        {office.Person.Id} ", StringComparison.Ordinal));
    }

    /// <summary>The word the seed schema lists at the member's position.</summary>
    private static string SeedWord<T>(T value)
        where T : struct, Enum
    {
        var field = SeedSchema.Kinds.Cast<ObjectDef>().Concat(new[] { SeedSchema.Participant, SeedSchema.Plover })
            .SelectMany(def => def.Fields)
            .First(f => f.Type == FieldType.Enum && f.ClrType == typeof(T).Name);
        return field.EnumValues[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)];
    }
}
