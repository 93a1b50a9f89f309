using System.Globalization;
using System.Text;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>
/// Makes fuzz cases from a corpus: picks a seed file and applies one to a few random edits.
/// Everything is drawn from the <see cref="Random"/> passed in, so a seed fixes the case (given
/// the same operators disabled).
/// </summary>
internal sealed class Mutator(IReadOnlyList<CorpusFile> corpus, RdfFormat format)
{
    // Keeps a repeated insertion to a few megabytes, so a case is slow only if the parser is.
    private const int MaxInsertedChars = 1 << 21;

    // Long enough to cross the readers' buffer boundaries and for worse-than-linear scans to show
    // as hangs, short enough that a quadratic one frees its thread within a minute or so.
    private static readonly int[] LongTokenLengths = [300, 5_000, 70_000, 200_000];

    private readonly bool _nests = format is RdfFormat.Turtle or RdfFormat.TriG;
    private readonly HashSet<string> _disabled = new(StringComparer.Ordinal);

    /// <summary>
    /// Stops using an operator: one that keeps making the parser hang would otherwise fill the
    /// machine with stuck threads and keep the rest of the run from testing anything else.
    /// </summary>
    public void Disable(string operatorName) => _disabled.Add(operatorName);

    public FuzzCase Next(Random rng)
    {
        if (_nests && rng.Next(20) == 0)
        {
            var nesting = NestingDocuments.Make(rng, format);
            if (!_disabled.Contains(nesting.Operators[0]))
            {
                return nesting;
            }
        }

        var seed = corpus[rng.Next(corpus.Count)];
        var text = new StringBuilder(seed.Text);
        var recipe = new StringBuilder(seed.Name);
        var operators = new List<string>();
        var edits = rng.Next(4) == 0 ? rng.Next(2, 5) : 1;
        for (var i = 0; i < edits; i++)
        {
            var (name, apply) = DrawEnabled(text, rng);
            operators.Add(name);
            recipe.Append("; ").Append(apply());
        }

        return new FuzzCase(text.ToString(), ReaderSettings.Pick(rng), recipe.ToString(), operators);
    }

    private (string Name, Func<string> Apply) DrawEnabled(StringBuilder text, Random rng)
    {
        // Bounded, in case every operator that fits the text has been disabled.
        var drawn = Draw(text, rng);
        for (var attempt = 0; attempt < 100 && _disabled.Contains(drawn.Name); attempt++)
        {
            drawn = Draw(text, rng);
        }

        return drawn;
    }

    /// <summary>Chooses an edit and names it; the name is what hangs are blamed on.</summary>
    private (string Name, Func<string> Apply) Draw(StringBuilder text, Random rng)
    {
        // Edits that need a character to work on fall back to an insertion on empty text.
        var kind = rng.Next(10);
        if (text.Length == 0 && kind < 5)
        {
            kind = 5;
        }

        switch (kind)
        {
            case 0:
                return ("flip a character", () => FlipChar(text, rng));
            case 1:
                return ("delete a span", () => DeleteSpan(text, rng));
            case 2:
                return ("copy a span", () => DuplicateSpan(text, rng));
            case 3:
                return ("truncate", () => Truncate(text, rng));
            case 4:
                return ("repeat a span of the text", () => RepeatSpanOfText(text, rng));
            case 5 or 6:
                return ("insert a token", () => InsertInteresting(text, rng));
            case 7:
                return ("splice another file", () => Splice(text, rng));
            case 8:
                var unit = FuzzTokens.RepeatUnits[rng.Next(FuzzTokens.RepeatUnits.Length)];
                return ($"repeat {CSharpLiteral.Of(unit)}", () => InsertRepeated(text, rng, unit));
            default:
                var token = FuzzTokens.LongTokens[rng.Next(FuzzTokens.LongTokens.Length)];
                return ($"long {token.Name}", () => InsertLongToken(text, rng, token));
        }
    }

    private static string FlipChar(StringBuilder text, Random rng)
    {
        var at = rng.Next(text.Length);
        var old = text[at];
        var replacement = rng.Next(3) switch
        {
            0 => (char)(old ^ (1 << rng.Next(16))), // may make a lone surrogate or a control character
            1 => (char)rng.Next(0x80),
            _ => (char)rng.Next(0x10000),
        };
        text[at] = replacement;
        return Invariant($"flip {at}: U+{(int)old:X4} -> U+{(int)replacement:X4}");
    }

    private static string DeleteSpan(StringBuilder text, Random rng)
    {
        var at = rng.Next(text.Length);
        var length = SpanLength(rng, text.Length - at);
        text.Remove(at, length);
        return Invariant($"delete {length} at {at}");
    }

    private static string DuplicateSpan(StringBuilder text, Random rng)
    {
        var from = rng.Next(text.Length);
        var span = text.ToString(from, SpanLength(rng, text.Length - from));
        var at = rng.Next(text.Length + 1);
        text.Insert(at, span);
        return Invariant($"copy {span.Length} from {from} to {at}");
    }

    private static string Truncate(StringBuilder text, Random rng)
    {
        var at = rng.Next(text.Length);
        text.Length = at;
        return Invariant($"truncate at {at}");
    }

    private static string RepeatSpanOfText(StringBuilder text, Random rng)
    {
        var from = rng.Next(text.Length);
        var unit = text.ToString(from, Math.Min(rng.Next(1, 9), text.Length - from));
        return InsertRepeated(text, rng, unit);
    }

    private static string InsertRepeated(StringBuilder text, Random rng, string unit)
    {
        var count = rng.Next(20) switch
        {
            < 12 => rng.Next(2, 65),
            < 17 => rng.Next(500, 530), // around the default nesting limit of 512
            < 19 => 5_000,
            _ => 100_000,
        };
        count = Math.Min(count, MaxInsertedChars / unit.Length);
        var at = InsertionPoint(text, rng);
        text.Insert(at, unit, count);
        return Invariant($"insert {CSharpLiteral.Of(unit, 40)} x {count} at {at}");
    }

    private static string InsertInteresting(StringBuilder text, Random rng)
    {
        var token = FuzzTokens.Interesting[rng.Next(FuzzTokens.Interesting.Length)];
        var at = InsertionPoint(text, rng);
        text.Insert(at, token);
        return Invariant($"insert {CSharpLiteral.Of(token)} at {at}");
    }

    private string Splice(StringBuilder text, Random rng)
    {
        var other = corpus[rng.Next(corpus.Count)];
        var at = rng.Next(text.Length + 1);
        var from = rng.Next(other.Text.Length + 1);
        text.Length = at;
        text.Append(other.Text, from, other.Text.Length - from);
        return Invariant($"splice at {at} with {other.Name} from {from}");
    }

    private static string InsertLongToken(StringBuilder text, Random rng, (string Name, string Prefix, string Unit, string Suffix) token)
    {
        var length = LongTokenLengths[rng.Next(10) switch { < 4 => 0, < 7 => 1, < 9 => 2, _ => 3 }];
        var built = new StringBuilder(length + token.Prefix.Length + token.Unit.Length + token.Suffix.Length).Append(token.Prefix);
        while (built.Length < length)
        {
            built.Append(token.Unit);
        }

        var at = InsertionPoint(text, rng);
        text.Insert(at, built.Append(token.Suffix).ToString());
        return Invariant($"insert long {token.Name} ({built.Length} chars) at {at}");
    }

    /// <summary>Mostly short spans, sometimes long ones: short ones break tokens, long ones structure.</summary>
    private static int SpanLength(Random rng, int max) =>
        rng.Next(4) == 0 ? rng.Next(1, max + 1) : rng.Next(1, Math.Min(16, max) + 1);

    /// <summary>
    /// Half the time anywhere, half the time just after the next whitespace, where an inserted
    /// token stands on its own instead of breaking the token it lands in.
    /// </summary>
    private static int InsertionPoint(StringBuilder text, Random rng)
    {
        var at = rng.Next(text.Length + 1);
        if (rng.Next(2) == 0)
        {
            return at;
        }

        for (var i = at; i < text.Length && i < at + 64; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i + 1;
            }
        }

        return at;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
