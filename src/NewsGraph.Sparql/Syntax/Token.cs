namespace NewsGraph.Sparql.Syntax;

internal enum TokenKind
{
    End,
    IriRef,
    PrefixedName,
    BlankNodeLabel,
    Variable,
    LangTag,
    Integer,
    Decimal,
    Double,
    String,
    Nil,
    Anon,
    Name,
    Punctuation,
}

/// <summary>
/// One token. <see cref="Text"/> is the unescaped value: the IRI without brackets, the string
/// without quotes, the variable without '?', the prefixed name as written (escapes resolved),
/// the punctuation itself.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Line, int Column)
{
    public bool Is(string punctuation) => Kind == TokenKind.Punctuation && Text == punctuation;

    public bool IsKeyword(string keyword) => Kind == TokenKind.Name && Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind switch
    {
        TokenKind.End => "end of input",
        TokenKind.IriRef => $"<{Text}>",
        TokenKind.Variable => $"?{Text}",
        TokenKind.String => $"\"{Text}\"",
        TokenKind.LangTag => $"@{Text}",
        TokenKind.BlankNodeLabel => $"_:{Text}",
        TokenKind.Nil => "()",
        TokenKind.Anon => "[]",
        _ => $"'{Text}'",
    };
}
