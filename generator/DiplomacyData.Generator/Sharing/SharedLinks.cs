using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using DiplomacyData.SeedCompiler.Infrastructure;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Checking;

namespace DiplomacyData.Generator.Sharing;

/// <summary>
/// The link of the seeds, shared by the compilations of one compiler process that link the very same parsed
/// files (which <see cref="SharedReads{T}"/> makes them do: the netstandard2.0 and net8.0 builds the build
/// server runs side by side) with the same documents and settings. The second compilation waits for the
/// first's link instead of linking again, and gets the same model, so <see cref="SharedEmits"/> can share
/// the emitted sources too.
/// </summary>
/// <remarks>
/// Kept beside the first parsed file (a <see cref="ConditionalWeakTable{TKey, TValue}"/>), so a link lives
/// no longer than the files it was made from; and at most <see cref="KeptPerFirstFile"/> links per file, so
/// that an IDE editing other files does not pile up datasets.
/// </remarks>
internal static class SharedLinks
{
    private const int KeptPerFirstFile = 2;

    private static readonly ConditionalWeakTable<SeedFile, List<PendingLink>> ByFirstFile = new();

    public static LinkResult Link(EquatableArray<SeedFile> files, EquatableArray<SourceDocument> documents, GeneratorSettings settings, Func<LinkResult> link, CancellationToken token)
    {
        if (files.Count == 0)
        {
            return link();
        }

        var links = ByFirstFile.GetValue(files[0], static _ => new List<PendingLink>());
        while (true)
        {
            token.ThrowIfCancellationRequested();
            PendingLink? shared;
            var mine = false;
            lock (links)
            {
                shared = links.Find(candidate => candidate.Links(files, documents, settings));
                if (shared is null)
                {
                    shared = new PendingLink(files, documents, settings);
                    if (links.Count == KeptPerFirstFile)
                    {
                        links.RemoveAt(0);
                    }

                    links.Add(shared);
                    mine = true;
                }
            }

            if (mine)
            {
                return Run(links, shared, link);
            }

            if (shared.Run.TryJoin(token, out var result))
            {
                return result;
            }

            // The run failed (its build was cancelled) and removed itself: link here.
        }
    }

    private static LinkResult Run(List<PendingLink> links, PendingLink shared, Func<LinkResult> link)
    {
        LinkResult result;
        try
        {
            result = link();
        }
        catch
        {
            lock (links)
            {
                links.Remove(shared);
            }

            shared.Run.Fail();
            throw;
        }

        shared.Run.Complete(result);
        return result;
    }

    /// <summary>One link's inputs, compared by identity: the same parsed objects, not merely equal ones.</summary>
    private sealed class PendingLink
    {
        private readonly EquatableArray<SeedFile> _files;
        private readonly EquatableArray<SourceDocument> _documents;
        private readonly GeneratorSettings _settings;

        public PendingLink(EquatableArray<SeedFile> files, EquatableArray<SourceDocument> documents, GeneratorSettings settings)
        {
            _files = files;
            _documents = documents;
            _settings = settings;
        }

        public SharedRun<LinkResult> Run { get; } = new();

        public bool Links(EquatableArray<SeedFile> files, EquatableArray<SourceDocument> documents, GeneratorSettings settings) =>
            _settings.Equals(settings) && Same(_files, files) && Same(_documents, documents);

        private static bool Same<T>(EquatableArray<T> left, EquatableArray<T> right)
            where T : class, IEquatable<T>
        {
            if (left.Count != right.Count)
            {
                return false;
            }

            for (var i = 0; i < left.Count; i++)
            {
                if (!ReferenceEquals(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
