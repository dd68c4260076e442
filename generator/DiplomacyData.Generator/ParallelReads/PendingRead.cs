using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using DiplomacyData.Generator.Sharing;
using DiplomacyData.SeedCompiler.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generator.ParallelReads;

/// <summary>
/// An additional file that is read (parsed, hashed) the first time it is asked for, and never again.
/// </summary>
/// <remarks>
/// The compiler runs a pipeline step one input at a time, so a step that parsed each file would keep
/// the build on one core: at 100,000 events the seeds' parse was 4 of a build's 18 seconds. The per-file
/// step makes one of these instead, which costs nothing, and the step after it reads all the new ones on
/// every core at once (<see cref="ReadAll"/>). A file the IDE has not changed keeps its
/// <see cref="PendingRead{T}"/>, result and all, so an edit still reads only the edited file again.
/// Equality is by reference on purpose: a new instance means the compiler saw a new version of the file.
/// </remarks>
internal sealed class PendingRead<T>
    where T : class, IEquatable<T>
{
    private readonly AdditionalText _file;
    private readonly string _relativePath;
    private readonly Func<AdditionalText, string, CancellationToken, T> _read;
    private readonly object _gate = new();
    private T? _result;

    /// <param name="file">The file as the compiler gives it.</param>
    /// <param name="relativePath">Its path under the seeds folder.</param>
    /// <param name="read">What reading it means; a static function, so that it holds on to nothing else.</param>
    public PendingRead(AdditionalText file, string relativePath, Func<AdditionalText, string, CancellationToken, T> read)
    {
        _file = file;
        _relativePath = relativePath;
        _read = read;
    }

    /// <summary>Every file read, in the order given, the ones not read yet on all cores at once.</summary>
    public static EquatableArray<T> ReadAll(ImmutableArray<PendingRead<T>> files, CancellationToken token)
    {
        var results = new T[files.Length];
        try
        {
            Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = token }, i => results[i] = files[i].Read(token));
        }
        catch (AggregateException ex) when (ex.InnerException is OperationCanceledException)
        {
            token.ThrowIfCancellationRequested();
            throw;
        }

        return new EquatableArray<T>(results);
    }

    /// <summary>
    /// The file's result, read now if it has not been (or joined from another compilation in this process
    /// that read the same content, see <see cref="SharedReads{T}"/>). A cancelled read is not kept, so the
    /// next run tries again.
    /// </summary>
    public T Read(CancellationToken token)
    {
        if (Volatile.Read(ref _result) is { } result)
        {
            return result;
        }

        lock (_gate)
        {
            return _result ??= SharedReads<T>.Read(_file, () => _read(_file, _relativePath, token), token);
        }
    }
}
