using System;
using System.IO;

namespace DiplomacyData;

/// <summary>
/// The bytes behind a packed chunk's characters as a forward-only stream, decoded as the inflater asks for
/// them (see <see cref="PackedChars.Reader"/>), so that inflating a chunk allocates no copy of its compressed bytes.
/// </summary>
internal sealed class PackedCharsStream : Stream
{
    private readonly PackedChars.Reader _reader;

    public PackedCharsStream(string text) => _reader = new PackedChars.Reader(text);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => _reader.Read(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
