using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace DiplomacyData.TableFormat;

/// <summary>
/// The numbers of a record row. The data tables are ASCII text inside UTF-8 literals (bytes from
/// 0x30 '0' to 0x6F 'o': no quote, no line break, nothing to escape), so a number is written as base-32
/// digits, least significant first: a digit that more digits follow is 'P' + d (0x50–0x6F), the last
/// digit is '0' + d (0x30–0x4F). 0 to 31 take one byte. The seed compiler writes with <see cref="Write"/>
/// and the library reads with <see cref="Read"/>; both compile this file, so they cannot disagree.
/// </summary>
internal static class Varint
{
    public const int Base = 32;
    public const int BitsPerDigit = 5;

    /// <summary>The digit that ends a number: '0' + d.</summary>
    public const int LastDigit = 0x30;

    /// <summary>A digit that more digits follow: 'P' + d.</summary>
    public const int MoreDigit = 0x50;

    /// <summary>Appends <paramref name="value"/>; a negative number has no form.</summary>
    public static void Write(StringBuilder builder, int value)
    {
        if (value < 0)
        {
            throw new InvalidOperationException("A negative number cannot be encoded: " + value);
        }

        var rest = (uint)value;
        while (rest >= Base)
        {
            builder.Append((char)(MoreDigit + (rest & (Base - 1))));
            rest >>= BitsPerDigit;
        }

        builder.Append((char)(LastDigit + rest));
    }

    /// <summary>
    /// Reads the number at <paramref name="position"/> and moves past it. Returns -1 (no written number is
    /// negative) when the bytes end first or a byte is not a digit; <paramref name="position"/> then stands
    /// at the end or just after the bad byte, for the caller's message.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static int Read(ReadOnlySpan<byte> bytes, ref int position)
    {
        var value = 0;
        var shift = 0;
        while (position < bytes.Length)
        {
            var b = bytes[position++];
            if (b >= MoreDigit && b < MoreDigit + Base)
            {
                value |= (b - MoreDigit) << shift;
                shift += BitsPerDigit;
            }
            else if (b >= LastDigit && b < LastDigit + Base)
            {
                return value | ((b - LastDigit) << shift);
            }
            else
            {
                return -1;
            }
        }

        return -1;
    }
}
