using System;

namespace DiplomacyData.SeedCompiler.Checking;

/// <summary>One seed or source file as the build receives it: its path, its seed-relative path ("articles/001.json"), its text.</summary>
internal sealed record SeedInput(string Path, string RelativePath, string Text)
{
    public bool IsSeedFile => RelativePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public bool IsSourceText => RelativePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
}
