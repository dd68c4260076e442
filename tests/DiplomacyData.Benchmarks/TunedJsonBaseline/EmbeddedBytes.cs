using System;
using System.IO;
using System.Reflection;

namespace DiplomacyData.TunedJsonBaseline;

/// <summary>
/// An embedded resource's bytes where they already are: the runtime maps the assembly and hands out its
/// resources as an <see cref="UnmanagedMemoryStream"/> over that memory, so nothing is copied or decoded.
/// </summary>
public sealed unsafe class EmbeddedBytes
{
    private readonly UnmanagedMemoryStream? _mapped;
    private readonly byte[]? _copied;

    public EmbeddedBytes(Assembly assembly, string name)
    {
        var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        if (stream is UnmanagedMemoryStream mapped)
        {
            _mapped = mapped;
        }
        else
        {
            // Not mapped (a host that loads assemblies from a byte array): one copy, still no decoding.
            using (stream)
            {
                _copied = new byte[stream.Length];
                stream.ReadExactly(_copied);
            }
        }
    }

    public ReadOnlySpan<byte> Span => _mapped is null ? _copied : new ReadOnlySpan<byte>(_mapped.PositionPointer, checked((int)_mapped.Length));
}
