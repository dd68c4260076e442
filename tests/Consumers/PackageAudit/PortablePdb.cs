using System.Collections.Immutable;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace PackageAudit;

/// <summary>Reads what a debugger reads from a portable PDB: its id, its documents and their embedded sources.</summary>
internal static class PortablePdb
{
    // Custom debug information kinds, from the Portable PDB specification.
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>A document the PDB lists, with its text when the PDB embeds it.</summary>
    public sealed record Document(string Name, string? EmbeddedText);

    /// <summary>The documents of the PDB, in the PDB's order.</summary>
    public static IReadOnlyList<Document> Documents(byte[] pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(pdb));
        var reader = provider.GetMetadataReader();
        var documents = new List<Document>();
        foreach (var handle in reader.Documents)
        {
            var name = reader.GetString(reader.GetDocument(handle).Name);
            documents.Add(new Document(name, EmbeddedText(reader, handle)));
        }

        return documents;
    }

    /// <summary>The Source Link JSON the PDB carries, or null when it has none.</summary>
    public static string? SourceLink(byte[] pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(pdb));
        var reader = provider.GetMetadataReader();
        foreach (var handle in reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == SourceLinkKind)
            {
                return Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
        }

        return null;
    }

    /// <summary>True when the PDB is the one the assembly was built with (same id in both).</summary>
    public static bool Matches(byte[] pdb, byte[] assembly)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(pdb));
        var pdbId = new BlobContentId(provider.GetMetadataReader().DebugMetadataHeader!.Id);

        using var pe = new PEReader(new MemoryStream(assembly));
        return pe.ReadDebugDirectory()
            .Where(entry => entry.Type == DebugDirectoryEntryType.CodeView)
            .Select(entry => new BlobContentId(pe.ReadCodeViewDebugDirectoryData(entry).Guid, entry.Stamp))
            .Contains(pdbId);
    }

    private static string? EmbeddedText(MetadataReader reader, DocumentHandle document)
    {
        foreach (var handle in reader.GetCustomDebugInformation(document))
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) != EmbeddedSourceKind)
            {
                continue;
            }

            // A 4-byte uncompressed length (0 when stored as is), then the bytes, deflated when the length is not 0.
            var blob = reader.GetBlobBytes(information.Value);
            var length = BitConverter.ToInt32(blob, 0);
            var bytes = blob.AsSpan(4).ToArray();
            if (length != 0)
            {
                using var inflate = new DeflateStream(new MemoryStream(bytes), CompressionMode.Decompress);
                var inflated = new byte[length];
                inflate.ReadExactly(inflated);
                bytes = inflated;
            }

            return Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        }

        return null;
    }
}
