using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

namespace DiplomacyData.Tests;

/// <summary>
/// Writes every compiled record as sorted, line-oriented text: the human-diffable view of a data
/// release. Records come in dataset order; properties in ordinal order; references as <c>@id</c>.
/// Reflection over the public API means a new property shows up here without anyone remembering to add it.
/// </summary>
public static class CanonicalDump
{
    public static string Write(Dataset dataset)
    {
        var builder = new StringBuilder();
        builder.Append("# DiplomacyData ").Append(dataset.Info.ReleaseVersion).Append('\n');
        foreach (var coverage in dataset.Info.Coverage)
        {
            builder.Append("# coverage ").Append(coverage).Append('\n');
        }

        foreach (var record in dataset.All)
        {
            builder.Append('\n').Append(record.Kind).Append(' ').Append(record.Id).Append('\n');
            foreach (var property in Properties(record.GetType()).Where(p => p.Name is not nameof(Record.Id) and not nameof(Record.Kind)))
            {
                builder.Append("  ").Append(property.Name).Append(": ").Append(Value(property.GetValue(record), nested: false)).Append('\n');
            }
        }

        return builder.ToString();
    }

    // Record.Dates is a view of the date properties dumped anyway; listing it would print every date twice.
    private static PropertyInfo[] Properties(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != nameof(Record.Dates))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToArray();

    private static string Value(object? value, bool nested)
    {
        switch (value)
        {
            case null:
                return "~";
            case string text:
                return Quote(text);
            case Record record when nested || record is not null:
                return "@" + record.Id;
            case PartialDate date:
                return date.Inference is null ? date.ToString() : $"{date} (inferred: {Quote(date.Inference.Reason)}; basis: {Value(date.Inference.Basis, true)})";
            case Enum e:
                return e.ToString();
            case IFormattable formattable:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            case IEnumerable sequence:
                return "[" + string.Join(", ", sequence.Cast<object?>().Select(item => Value(item, true))) + "]";
            default:
                return "{" + string.Join(", ", Properties(value.GetType()).Select(p => p.Name + ": " + Value(p.GetValue(value), true))) + "}";
        }
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
