using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using DiplomacyData.SeedCompiler.Linking;

namespace DiplomacyData.Generator.Sharing;

/// <summary>
/// The generated sources of a linked model, made once for every compilation in the process that holds the
/// same model (see <see cref="SharedLinks"/>), and kept beside the model, no longer than it lives.
/// </summary>
internal static class SharedEmits
{
    private static readonly ConditionalWeakTable<DatasetModel, Lazy<IReadOnlyList<(string Name, string Text)>>> ByModel = new();

    /// <summary>The sources <paramref name="emit"/> makes of <paramref name="model"/>, made by the first compilation that asks; its exception, if it threw, for every one.</summary>
    public static IReadOnlyList<(string Name, string Text)> Emit(DatasetModel model, Func<DatasetModel, IReadOnlyList<(string Name, string Text)>> emit) =>
        ByModel.GetValue(model, key => new Lazy<IReadOnlyList<(string Name, string Text)>>(() => emit(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
