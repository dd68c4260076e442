namespace CSharpApp;

/// <summary>A question, the answer the source articles give, and how the package answers it.</summary>
/// <param name="Text">The question, printed before the answer.</param>
/// <param name="Expected">The answer as the articles state it.</param>
/// <param name="Answer">The query against the package.</param>
internal sealed record Question(string Text, string Expected, Func<string> Answer);
