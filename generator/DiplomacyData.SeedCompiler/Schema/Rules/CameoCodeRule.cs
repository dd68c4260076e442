namespace DiplomacyData.SeedCompiler.Schema.Rules;

/// <summary>A CAMEO event code: two to four digits ("036", "0431"); the leading zero is part of the code.</summary>
internal sealed class CameoCodeRule : TextRule
{
    public static CameoCodeRule Instance { get; } = new();

    public override string Expected => "a CAMEO code of two to four digits, such as \"036\" or \"0431\"";

    public override string Pattern => "^[0-9]{2,4}$";

    public override bool Allows(string text)
    {
        if (text.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
