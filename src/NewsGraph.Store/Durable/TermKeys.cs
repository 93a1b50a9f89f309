namespace NewsGraph.Store.Durable;

/// <summary>
/// The canonical text a term is stored under: one kind character, then for literals with a
/// language or a datatype that tag and a space (neither can contain one), then the value. Unlike
/// N-Triples this needs no escaping, so encoding and decoding are a concatenation and a split.
/// </summary>
internal static class TermKeys
{
    private const char IriKind = '<';
    private const char BlankKind = '_';
    private const char SimpleKind = '"';
    private const char LangKind = '@';
    private const char TypedKind = '^';

    public static string Encode(Term term) => term switch
    {
        Iri iri => IriKind + iri.Value,
        BlankNode b => BlankKind + b.Label,
        Literal { Language: { } lang } l => string.Concat(LangKind.ToString(), lang, " ", l.Lexical),
        Literal { IsSimple: true } l => SimpleKind + l.Lexical,
        Literal l => string.Concat(TypedKind.ToString(), l.Datatype.Value, " ", l.Lexical),
        _ => throw new ArgumentException($"unsupported term kind {term.Kind}", nameof(term)),
    };

    public static Term Decode(string key)
    {
        var value = key.AsSpan(1);
        switch (key[0])
        {
            case IriKind:
                return new Iri(value.ToString());
            case BlankKind:
                return new BlankNode(value.ToString());
            case SimpleKind:
                return Literal.Simple(value.ToString());
            case LangKind:
            {
                var space = value.IndexOf(' ');
                return Literal.LangString(value[(space + 1)..].ToString(), value[..space].ToString());
            }

            case TypedKind:
            {
                var space = value.IndexOf(' ');
                return Literal.Typed(value[(space + 1)..].ToString(), new Iri(value[..space].ToString()));
            }

            default:
                throw new InvalidDataException($"corrupt term key '{key}' in the store");
        }
    }

    /// <summary>A stable 64-bit FNV-1a hash of a key: the terms table is indexed by it rather than by the (possibly long) text.</summary>
    public static long Hash(string key)
    {
        var h = 14695981039346656037UL;
        foreach (var c in key)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return (long)h;
    }
}
