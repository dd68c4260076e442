using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using DiplomacyData.SeedCompiler.Checking;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.Generator.Tests.Infrastructure;

namespace DiplomacyData.Generator.Tests.Fuzzing;

/// <summary>
/// Applies <see cref="SeedMutation"/>s to a seed set. Files a mutation does not touch are handed
/// back as the very same <see cref="SeedInput"/> objects, so their parse can be reused.
/// </summary>
internal static class SeedMutator
{
    private static readonly HashSet<string> DateFields = new(
        SeedSchema.Kinds.SelectMany(k => k.Fields).Where(f => f.Type == FieldType.Date).Select(f => f.Name).Append("inferred"),
        StringComparer.Ordinal);

    /// <summary>The date that must not come before each date field, and the other way round.</summary>
    private static readonly Dictionary<string, string> DatePartners = new(StringComparer.Ordinal)
    {
        ["date"] = "endDate", ["endDate"] = "date", ["start"] = "end", ["end"] = "start",
    };

    /// <summary>The words a statement's attribution may take, from the schema.</summary>
    private static readonly IReadOnlyList<string> AttributionWords = SeedSchema.Kind(SeedSchema.Statements)!.Fields.Single(f => f.Name == "attribution").EnumValues;

    public static IReadOnlyList<SeedInput> Apply(IReadOnlyList<SeedInput> inputs, IdCatalog ids, IEnumerable<SeedMutation> mutations)
    {
        var files = inputs.ToList();
        foreach (var mutation in mutations)
        {
            Apply(files, ids, mutation);
        }

        return files;
    }

    private static void Apply(List<SeedInput> files, IdCatalog ids, SeedMutation mutation)
    {
        if (files.Count == 0)
        {
            return;
        }

        switch (mutation.Kind)
        {
            case MutationKind.SwapIds:
                SwapEverywhere(files, ids.All[mutation.Target % ids.All.Count], ids.All[mutation.Choice % ids.All.Count]);
                return;
            case MutationKind.RenameId:
                RenameEverywhere(files, ids.All[mutation.Target % ids.All.Count], FuzzValues.Ids[mutation.Choice % FuzzValues.Ids.Count]);
                return;
            case MutationKind.DropFile:
                files.RemoveAt(mutation.File % files.Count);
                return;
            case MutationKind.Truncate:
            case MutationKind.OverwriteChars:
            case MutationKind.InsertChars:
            case MutationKind.DeleteLine:
                var index = mutation.File % files.Count;
                files[index] = files[index] with { Text = EditText(files[index].Text, mutation) };
                return;
            default:
                // A mutation aimed at one field goes to a file that has it, so it is not wasted on one that does not.
                var needed = mutation.Kind switch { MutationKind.Reparent => "\"parent\"", MutationKind.ReplaceNumber => "\"value\": ", MutationKind.Reattribute => "\"statements\"", _ => "" };
                var seedFiles = Enumerable.Range(0, files.Count).Where(i => files[i].IsSeedFile && files[i].Text.Contains(needed, StringComparison.Ordinal)).ToList();
                if (seedFiles.Count > 0)
                {
                    var target = seedFiles[mutation.File % seedFiles.Count];
                    var edited = EditStructure(files[target].Text, ids, mutation);
                    if (edited is not null)
                    {
                        files[target] = files[target] with { Text = edited };
                    }
                }

                return;
        }
    }

    private static string EditText(string text, SeedMutation mutation)
    {
        if (text.Length == 0)
        {
            return mutation.Kind == MutationKind.InsertChars ? mutation.Noise : text;
        }

        var at = mutation.Target % text.Length;
        switch (mutation.Kind)
        {
            case MutationKind.Truncate:
                return text.Substring(0, at);
            case MutationKind.OverwriteChars:
                var length = Math.Min(mutation.Noise.Length, text.Length - at);
                return text.Substring(0, at) + mutation.Noise.Substring(0, length) + text.Substring(at + length);
            case MutationKind.InsertChars:
                return text.Insert(at, mutation.Noise);
            default:
                var lines = text.Split('\n').ToList();
                lines.RemoveAt(mutation.Target % lines.Count);
                return string.Join("\n", lines);
        }
    }

    /// <summary>The file with one structural edit, or null when the file no longer parses (an earlier mutation broke it).</summary>
    private static string? EditStructure(string text, IdCatalog ids, SeedMutation mutation)
    {
        EditableJson root;
        try
        {
            root = EditableJson.Parse(text);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            return null; // not JSON any more, or text with a lone surrogate that JSON cannot carry
        }

        var objects = root.Descendants().Where(v => v.Kind == EditableJsonKind.Object).ToList();
        var arrays = root.Descendants().Where(v => v.Kind == EditableJsonKind.Array).ToList();
        var members = objects.SelectMany(o => o.Members.Select((_, i) => (Owner: o, Index: i))).ToList();
        var slots = Slots(root, null).ToList();
        var (target, choice) = (mutation.Target, mutation.Choice);

        switch (mutation.Kind)
        {
            case MutationKind.DeleteMember when members.Count > 0:
            {
                var (owner, i) = Pick(members, target);
                owner.Members.RemoveAt(i);
                break;
            }

            case MutationKind.DuplicateMember when members.Count > 0:
            {
                var (owner, i) = Pick(members, target);
                var copy = owner.Members[i].Copy();
                if (choice % 2 == 1)
                {
                    copy.Value = EditableJson.RawToken(Pick(FuzzValues.Tokens, choice / 2));
                }

                owner.Members.Insert(choice % (owner.Members.Count + 1), copy);
                break;
            }

            case MutationKind.AddMember when objects.Count > 0:
            {
                var owner = Pick(objects, target);
                var name = Pick(FuzzValues.PropertyNames, choice);
                owner.Members.Insert(target % (owner.Members.Count + 1), new EditableMember(name, AnyValue(choice / FuzzValues.PropertyNames.Count, ids)));
                break;
            }

            case MutationKind.RenameMember when members.Count > 0:
            {
                var (owner, i) = Pick(members, target);
                var names = NearMisses(owner.Members[i].Name).Concat(FuzzValues.PropertyNames).ToList();
                owner.Members[i].Name = Pick(names, choice);
                break;
            }

            case MutationKind.ReorderMembers:
            {
                var candidates = objects.Where(o => o.Members.Count > 1).ToList();
                if (candidates.Count > 0)
                {
                    Reorder(Pick(candidates, target).Members, choice);
                }

                break;
            }

            case MutationKind.ReplaceValue when slots.Count > 0:
                Pick(slots, target).Set(EditableJson.RawToken(Pick(FuzzValues.Tokens, choice)));
                break;

            case MutationKind.ReplaceString:
            {
                var strings = slots.Where(s => s.Value.StringValue is not null).ToList();
                if (strings.Count > 0)
                {
                    var pool = FuzzValues.Strings.Concat(FuzzValues.EnumWords).Concat(FuzzValues.Ids).Concat(ids.All).ToList();
                    Pick(strings, target).Set(EditableJson.String(Pick(pool, choice)));
                }

                break;
            }

            case MutationKind.ReplaceNumber:
            {
                var numbers = slots.Where(s => s.Value.Token is { Length: > 0 } token && (char.IsDigit(token[0]) || token[0] == '-')).ToList();
                if (numbers.Count > 0)
                {
                    Pick(numbers, target).Set(EditableJson.RawToken(Pick(FuzzValues.Numbers, choice)));
                }

                break;
            }

            case MutationKind.ReplaceDate:
            {
                // Odd choices give a start or end date its partner, half the time on the wrong side of it.
                var partnered = choice % 2 == 1;
                var dated = members.Where(m => partnered ? DatePartners.ContainsKey(m.Owner.Members[m.Index].Name) : DateFields.Contains(m.Owner.Members[m.Index].Name)).ToList();
                if (dated.Count > 0)
                {
                    var (owner, i) = Pick(dated, target);
                    if (partnered)
                    {
                        var partner = DatePartners[owner.Members[i].Name];
                        var isEnd = partner is "endDate" or "end";
                        owner.Members.RemoveAll(m => m.Name == partner);
                        owner.Members.Add(new EditableMember(partner, choice / 2 % 2 == 0 ? DateValue(choice / 4, ids) : EditableJson.String(isEnd ? "1900" : "9999-12-31")));
                    }
                    else
                    {
                        owner.Members[i].Value = DateValue(choice / 2, ids);
                    }
                }

                break;
            }

            case MutationKind.Reparent:
            {
                var children = objects.Where(o => o.Members.Any(m => m.Name == "parent") && o.Members.Any(m => m.Name == "id")).ToList();
                if (children.Count > 0)
                {
                    var child = Pick(children, target);
                    var ownId = child.Members.First(m => m.Name == "id").Value.StringValue ?? "";
                    var parent = child.Members.First(m => m.Name == "parent");
                    parent.Value = EditableJson.String(choice % 2 == 0 ? ownId : Pick(ids.SameKindAs(ownId).DefaultIfEmpty(ownId).ToList(), choice / 2));
                }

                break;
            }

            case MutationKind.Reattribute:
            {
                var statements = objects.Where(o => o.Members.Any(m => m.Name is "speakers" or "attribution")).ToList();
                if (statements.Count > 0)
                {
                    var statement = Pick(statements, target);
                    statement.Members.RemoveAll(m => m.Name == "attribution");
                    statement.Members.Insert(choice % (statement.Members.Count + 1), new EditableMember("attribution", EditableJson.String(Pick(AttributionWords, choice))));
                }

                break;
            }

            case MutationKind.BreakReference:
            {
                var references = slots.Where(s => s.Value.StringValue is { } v && ids.Contains(v)).ToList();
                if (references.Count > 0)
                {
                    var slot = Pick(references, target);
                    var id = slot.Value.StringValue!;
                    var variants = new[] { id + "-x", id.Substring(0, id.Length - 1), id.ToUpperInvariant(), id.Replace('-', '_'), id + " ", "" }
                        .Concat(ids.All)
                        .ToList();
                    slot.Set(EditableJson.String(Pick(variants, choice)));
                }

                break;
            }

            case MutationKind.RetargetReference:
            {
                var references = slots.Where(s => s.Name != "id" && s.Value.StringValue is { } v && ids.Contains(v)).ToList();
                if (references.Count > 0)
                {
                    var slot = Pick(references, target);
                    slot.Set(EditableJson.String(Pick(ids.SameKindAs(slot.Value.StringValue!), choice)));
                }

                break;
            }

            case MutationKind.DeleteItem:
            {
                var candidates = arrays.Where(a => a.Items.Count > 0).ToList();
                if (candidates.Count > 0)
                {
                    var array = Pick(candidates, target);
                    array.Items.RemoveAt(choice % array.Items.Count);
                }

                break;
            }

            case MutationKind.DuplicateItem:
            {
                var candidates = arrays.Where(a => a.Items.Count > 0).ToList();
                if (candidates.Count > 0)
                {
                    var array = Pick(candidates, target);
                    var copy = Pick(array.Items, choice).Copy();
                    array.Items.Insert(target % (array.Items.Count + 1), copy);
                }

                break;
            }

            case MutationKind.ReorderItems:
            {
                var candidates = arrays.Where(a => a.Items.Count > 1).ToList();
                if (candidates.Count > 0)
                {
                    Reorder(Pick(candidates, target).Items, choice);
                }

                break;
            }
        }

        return root.ToString();
    }

    private static T Pick<T>(IReadOnlyList<T> items, int number) => items[number % items.Count];

    /// <summary>Any kind of value: a raw token, a tricky string, a date, or an existing id.</summary>
    private static EditableJson AnyValue(int choice, IdCatalog ids) => (choice % 4) switch
    {
        0 => EditableJson.RawToken(Pick(FuzzValues.Tokens, choice / 4)),
        1 => EditableJson.String(Pick(FuzzValues.Strings, choice / 4)),
        2 => DateValue(choice / 4, ids),
        _ => EditableJson.String(Pick(ids.All, choice / 4)),
    };

    /// <summary>A date string from the pool, or (one time in four) an inferred date resting on a real source.</summary>
    private static EditableJson DateValue(int choice, IdCatalog ids)
    {
        var date = Pick(FuzzValues.Dates, choice / 4);
        var sources = ids.OfKind(SeedSchema.Sources);
        if (choice % 4 != 0 || sources.Count == 0)
        {
            return EditableJson.String(date);
        }

        return EditableJson.NewObject(
            ("inferred", EditableJson.String(date)),
            ("reason", EditableJson.String("worked out by the fuzz test")),
            ("basis", EditableJson.NewArray(EditableJson.String(Pick(sources, choice)))));
    }

    /// <summary>Rotates the list by a step from 1 to n-1, and reverses it for odd choices: never the identity.</summary>
    private static void Reorder<T>(List<T> items, int choice)
    {
        var step = 1 + (choice / 2 % (items.Count - 1));
        var rotated = items.Skip(step).Concat(items.Take(step)).ToList();
        if (choice % 2 == 1)
        {
            rotated.Reverse();
        }

        items.Clear();
        items.AddRange(rotated);
    }

    private static IEnumerable<string> NearMisses(string name)
    {
        if (name.Length == 0)
        {
            yield break;
        }

        yield return name + "s";
        yield return name.Substring(1);
        yield return char.ToUpperInvariant(name[0]) + name.Substring(1);
        yield return name + " ";
    }

    /// <summary>Exchanges two ids in every seed file: the records swap identities and every reference follows.</summary>
    private static void SwapEverywhere(List<SeedInput> files, string first, string second)
    {
        const string Placeholder = "\"\u0001swap\u0001\"";
        var a = EditableJson.Quote(first);
        var b = EditableJson.Quote(second);
        ReplaceInSeedFiles(files, text => text.Replace(a, Placeholder, StringComparison.Ordinal).Replace(b, a, StringComparison.Ordinal).Replace(Placeholder, b, StringComparison.Ordinal));
    }

    /// <summary>Gives a record a new id in every seed file, references included, so the data stays consistent.</summary>
    private static void RenameEverywhere(List<SeedInput> files, string id, string newId) =>
        ReplaceInSeedFiles(files, text => text.Replace(EditableJson.Quote(id), EditableJson.Quote(newId), StringComparison.Ordinal));

    private static void ReplaceInSeedFiles(List<SeedInput> files, Func<string, string> edit)
    {
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].IsSeedFile)
            {
                var edited = edit(files[i].Text);
                if (edited != files[i].Text)
                {
                    files[i] = files[i] with { Text = edited };
                }
            }
        }
    }

    /// <summary>
    /// Every place a value stands (a property's value or an array item), with the name of the
    /// property it belongs to (an array item takes its array's) and a way to replace it.
    /// </summary>
    private static IEnumerable<Slot> Slots(EditableJson value, string? name)
    {
        foreach (var member in value.Members)
        {
            yield return new Slot(member.Name, member.Value, replacement => member.Value = replacement);
            foreach (var inner in Slots(member.Value, member.Name))
            {
                yield return inner;
            }
        }

        for (var i = 0; i < value.Items.Count; i++)
        {
            var index = i;
            yield return new Slot(name, value.Items[i], replacement => value.Items[index] = replacement);
            foreach (var inner in Slots(value.Items[i], name))
            {
                yield return inner;
            }
        }
    }

    private sealed record Slot(string? Name, EditableJson Value, Action<EditableJson> Set);
}
