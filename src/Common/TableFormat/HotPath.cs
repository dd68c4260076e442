using System.Runtime.CompilerServices;

namespace DiplomacyData.TableFormat;

/// <summary>
/// For the methods that run once per seed value, or once per record row: compiled fully optimized on their first call.
/// The seed compiler and the table format's own readers use it; the library's decoding path instead names the
/// generated <c>DatasetBlob.DecodeOptions</c>, which is this only for a large dataset (the generator's DecodeOptimization).
/// </summary>
/// <remarks>
/// The runtime first compiles a method quickly and unoptimized, and recompiles the ones that turn out hot
/// only after a lull in new compilations. Inside the compiler there is hardly a lull, so at 100,000 events the
/// parse ran unoptimized for most of its 3 s; compiled optimized from the start it took 1.8 s
/// (<c>DOTNET_TieredCompilation=0</c>, measured through <c>GeneratorDriver</c>). <c>AggressiveOptimization</c>
/// (512) is not in netstandard2.0's <see cref="MethodImplOptions"/>; every runtime a compiler runs on knows it.
/// </remarks>
internal static class HotPath
{
    public const MethodImplOptions Optimize = (MethodImplOptions)512;
}
