using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>
/// The generator packs data tables into string literals until they fill all but 256 KiB of the 16 MiB
/// user-string heap (the generator's PackingPolicy.Default), so the library's own string literals must stay
/// inside those 256 KiB, or a large dataset would stop compiling (CS8103) when its tables fill the budget.
/// </summary>
public sealed class UserStringHeapTests
{
    /// <summary>Half of the room the packing budget leaves, so there is warning well before it runs out.</summary>
    private const int OwnStringsLimitBytes = 128 * 1024;

    [Fact]
    public void The_librarys_own_string_literals_leave_the_packed_tables_their_budget()
    {
        using var pe = new PEReader(File.OpenRead(typeof(Dataset).Assembly.Location));
        var metadata = pe.GetMetadataReader();
        long own = 0;
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
        {
            var text = metadata.GetUserString(handle);
            var bytes = (2 * text.Length) + 1 + 4; // the heap entry: UTF-16, a terminal byte, a length of at most four bytes

            // Packed table chunks are not the library's own (the real dataset's tables are too small to be packed; a larger dataset's are).
            if (text.Length == 0 || !PackedChars.IsPackedChar(text[0]))
            {
                own += bytes;
            }
        }

        Assert.True(own < OwnStringsLimitBytes, $"The library's own string literals take {own} bytes of the user-string heap; the packed tables' budget leaves room for {OwnStringsLimitBytes}. Lower PackingPolicy.Default's budget or move strings out of literals.");
    }
}
