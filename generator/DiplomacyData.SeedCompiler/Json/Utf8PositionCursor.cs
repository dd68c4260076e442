using System.Runtime.CompilerServices;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Json;

/// <summary>
/// Converts increasing UTF-8 byte offsets into UTF-16 character offsets in one forward pass: the JSON
/// reader counts bytes, and every position a curator sees (line, column, span) counts characters.
/// </summary>
internal sealed class Utf8PositionCursor
{
    private readonly byte[] _bytes;
    private readonly int _length;
    private int _byte;
    private int _char;

    public Utf8PositionCursor(byte[] bytes, int length)
    {
        _bytes = bytes;
        _length = length;
    }

    [MethodImpl(HotPath.Optimize)]
    public int CharOffset(int byteOffset)
    {
        if (byteOffset < _byte)
        {
            _byte = 0;
            _char = 0;
        }

        for (; _byte < byteOffset && _byte < _length; _byte++)
        {
            var b = _bytes[_byte];
            if ((b & 0xC0) != 0x80)
            {
                // A four-byte sequence is a character outside the BMP: two UTF-16 units.
                _char += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }

        return _char;
    }
}
