namespace DiplomacyData.Explorer;

/// <summary>The explorer's exit codes, as grep uses them: found, found nothing, could not understand the request.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran but matched nothing, could not write its output, found the release version too low for its changes, or (validate, report) found a seed error.</summary>
    public const int NoResult = 1;

    /// <summary>An unknown command, option, id or name, or a malformed value.</summary>
    public const int Usage = 2;
}
