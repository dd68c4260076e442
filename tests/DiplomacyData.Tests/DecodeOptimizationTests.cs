using System.Reflection;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>
/// The real seeds are small, so the generator leaves the library's decoding path to the runtime's tiers: compiling
/// it optimized on its first call cost the real dataset's cold queries more than it saved (the generator's
/// DecodeOptimization; ScaleTests checks the other side, at 10,000 events).
/// </summary>
public sealed class DecodeOptimizationTests
{
    [Fact]
    public void The_real_datasets_decoding_path_is_left_to_the_runtimes_tiers()
    {
        Assert.Equal((System.Runtime.CompilerServices.MethodImplOptions)0, DatasetBlob.DecodeOptions);
        var read = typeof(RecordStore).GetMethod("Read", BindingFlags.Instance | BindingFlags.NonPublic)!;
        Assert.False(read.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization));
    }
}
