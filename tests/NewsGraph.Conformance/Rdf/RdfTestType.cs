using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Rdf;

public enum RdfTestKind
{
    PositiveSyntax,
    NegativeSyntax,
    Eval,
    PositiveC14N,
}

/// <summary>An <c>rdft:</c> test type, e.g. <c>TestTrigEval</c>: the syntax under test and what is checked.</summary>
public readonly record struct RdfTestType(RdfFormat Format, RdfTestKind Kind)
{
    private static readonly (string Prefix, RdfFormat Format)[] Formats =
    [
        ("TestNTriples", RdfFormat.NTriples),
        ("TestNQuads", RdfFormat.NQuads),
        ("TestTurtle", RdfFormat.Turtle),
        ("TestTrig", RdfFormat.TriG),
    ];

    private static readonly (string Suffix, RdfTestKind Kind)[] Kinds =
    [
        ("PositiveSyntax", RdfTestKind.PositiveSyntax),
        ("NegativeSyntax", RdfTestKind.NegativeSyntax),
        ("Eval", RdfTestKind.Eval),
        ("PositiveC14N", RdfTestKind.PositiveC14N),
    ];

    /// <summary>Parses the local name of a test's <c>rdf:type</c>.</summary>
    public static bool TryParse(string localName, out RdfTestType type)
    {
        foreach (var (prefix, format) in Formats)
        {
            foreach (var (suffix, kind) in Kinds)
            {
                if (localName.Length == prefix.Length + suffix.Length
                    && localName.StartsWith(prefix, StringComparison.Ordinal)
                    && localName.EndsWith(suffix, StringComparison.Ordinal))
                {
                    type = new RdfTestType(format, kind);
                    return true;
                }
            }
        }

        type = default;
        return false;
    }
}
