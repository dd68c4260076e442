using System.Globalization;
using System.Linq;
using DiplomacyData.SeedCompiler.Infrastructure;

namespace DiplomacyData.SeedCompiler.Diagnostics;

/// <summary>A diagnostic of the seed compiler, in an equatable form the generator's pipeline can cache.</summary>
internal sealed record SeedDiagnostic(SeedDiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    internal static SeedDiagnostic Create(SeedDiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, messageArgs.ToEquatableArray());

    /// <summary>The message with its arguments in place.</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, MessageArgs.Cast<object>().ToArray());

    /// <summary>
    /// The diagnostic as compilers print it, <c>path(line,column): error DD0007: message</c>, lines and
    /// columns counted from 1, so editors and CI logs that read compiler output can jump to it.
    /// </summary>
    public override string ToString()
    {
        var severity = Descriptor.Severity switch
        {
            SeedSeverity.Error => "error",
            SeedSeverity.Warning => "warning",
            _ => "info",
        };
        var where = Location is { } location
            ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): ", location.FilePath, location.StartLine + 1, location.StartColumn + 1)
            : "";
        return $"{where}{severity} {Descriptor.Id}: {Message}";
    }
}
