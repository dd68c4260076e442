using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using DiplomacyData.Generator.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generator.Parsing;

/// <summary>
/// A seed file that is parsed the first time it is asked for, and never again.
/// </summary>
/// <remarks>
/// The compiler runs a pipeline step one input at a time, so a step that parsed each file would keep
/// the build on one core: at 100,000 events that is 4 of a build's 18 seconds. The per-file step makes
/// one of these instead, which costs nothing, and the step after it parses all the new ones on every
/// core at once (<see cref="ParseAll"/>). A file the IDE has not changed keeps its
/// <see cref="PendingSeedFile"/>, parse and all, so an edit still re-parses only the edited file.
/// Equality is by reference on purpose: a new instance means the compiler saw a new version of the file.
/// </remarks>
internal sealed class PendingSeedFile
{
    private readonly AdditionalText _file;
    private readonly object _gate = new();
    private SeedFile? _parsed;

    public PendingSeedFile(AdditionalText file, string relativePath)
    {
        _file = file;
        RelativePath = relativePath;
    }

    public string RelativePath { get; }

    /// <summary>Every file parsed, in the order given, the ones not parsed yet on all cores at once.</summary>
    public static EquatableArray<SeedFile> ParseAll(ImmutableArray<PendingSeedFile> files, CancellationToken token)
    {
        var parsed = new SeedFile[files.Length];
        try
        {
            Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = token }, i => parsed[i] = files[i].Parse(token));
        }
        catch (AggregateException ex) when (ex.InnerException is OperationCanceledException)
        {
            token.ThrowIfCancellationRequested();
            throw;
        }

        return new EquatableArray<SeedFile>(parsed);
    }

    /// <summary>
    /// The parsed file. A cancelled parse is not kept, so the next run tries again; any other failure
    /// is kept as a DD0019 diagnostic on the file, like the rest of its problems.
    /// </summary>
    public SeedFile Parse(CancellationToken token)
    {
        if (Volatile.Read(ref _parsed) is { } parsed)
        {
            return parsed;
        }

        lock (_gate)
        {
            return _parsed ??= Read(token);
        }
    }

    private SeedFile Read(CancellationToken token)
    {
        try
        {
            var text = _file.GetText(token);
            return text is null
                ? SeedFile.Failed(_file.Path, RelativePath, "reading the seed file", "the file could not be read")
                : SeedFileParser.Parse(RelativePath, SeedFileText.From(_file.Path, text));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return SeedFile.Failed(_file.Path, RelativePath, $"parsing {RelativePath}", ex.GetType().Name + ": " + ex.Message);
        }
    }
}
