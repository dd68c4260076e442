using System.Net;
using System.Text;

namespace PackageAudit;

/// <summary>
/// One file of a package (or one source embedded in a PDB) that article text is looked for in. Text files
/// are searched after XML entities are decoded and whitespace folded; binaries are searched for the UTF-8
/// and UTF-16 bytes of the passage, as written and with whitespace folded.
/// </summary>
internal sealed class Haystack
{
    private static readonly HashSet<string> BinaryExtensions = new(StringComparer.OrdinalIgnoreCase) { ".dll", ".exe", ".pdb" };

    private readonly byte[]? _bytes;
    private readonly string? _text;

    private Haystack(string name, byte[]? bytes, string? text)
    {
        Name = name;
        _bytes = bytes;
        _text = text;
    }

    public string Name { get; }

    public static Haystack ForFile(string name, byte[] content) =>
        BinaryExtensions.Contains(Path.GetExtension(name))
            ? new Haystack(name, content, null)
            : ForText(name, Encoding.UTF8.GetString(content));

    public static Haystack ForText(string name, string text) =>
        new(name, null, ArticleText.FoldSpaces(WebUtility.HtmlDecode(text)));

    public bool Contains(string passage)
    {
        var folded = ArticleText.FoldSpaces(passage);
        if (_text is not null)
        {
            return _text.Contains(folded, StringComparison.Ordinal);
        }

        return new[] { passage, folded }.Distinct(StringComparer.Ordinal).Any(form =>
            _bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(form)) >= 0
            || _bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(form)) >= 0);
    }
}
