using System.Globalization;
using System.Text;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>A mutated corpus file and how it was made.</summary>
internal readonly record struct Mutant(CorpusFile Seed, string Text, string Recipe, IReadOnlyList<string> Operators);

/// <summary>
/// Makes inputs from a corpus: picks a seed file and applies one to a few random edits, either
/// blind ones (flips, deletions, splices, repetitions, tokens from the vocabulary) or edits that
/// know the grammar. Everything is drawn from the <see cref="Random"/> passed in, so a seed fixes
/// the input (given the same operators disabled).
/// </summary>
internal sealed class Mutator(IReadOnlyList<CorpusFile> corpus, FuzzVocabulary vocabulary, IReadOnlyList<LanguageEdit> languageEdits)
{
    // Keeps a repeated insertion to a few megabytes, so a case is slow only if the code under test is.
    private const int MaxInsertedChars = 1 << 21;

    private const int BlindEditKinds = 10;

    // Long enough to cross the readers' buffer boundaries and for worse-than-linear scans to show
    // as hangs, short enough that a quadratic one frees its thread within a minute or so.
    private static readonly int[] LongTokenLengths = [300, 5_000, 70_000, 200_000];

    private readonly HashSet<string> _disabled = new(StringComparer.Ordinal);

    /// <summary>
    /// Stops using an operator: one that keeps making the code under test hang would otherwise fill
    /// the machine with stuck work and keep the rest of the run from testing anything else.
    /// </summary>
    public void Disable(string operatorName) => _disabled.Add(operatorName);

    public bool IsDisabled(string operatorName) => _disabled.Contains(operatorName);

    public Mutant Next(Random rng)
    {
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

        return new Mutant(seed, text.ToString(), recipe.ToString(), operators);
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
        // Each language edit is as likely as each kind of blind edit.
        var kind = rng.Next(BlindEditKinds + languageEdits.Count);
        if (kind >= BlindEditKinds)
        {
            var edit = languageEdits[kind - BlindEditKinds];
            return (edit.Name, () => edit.Apply(text, rng));
        }

        // Edits that need a character to work on fall back to an insertion on empty text.
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
                var unit = vocabulary.RepeatUnits[rng.Next(vocabulary.RepeatUnits.Count)];
                return ($"repeat {CSharpLiteral.Of(unit)}", () => InsertRepeated(text, rng, unit));
            default:
                var token = vocabulary.LongTokens[rng.Next(vocabulary.LongTokens.Count)];
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

    private string RepeatSpanOfText(StringBuilder text, Random rng)
    {
        var from = rng.Next(text.Length);
        var unit = text.ToString(from, Math.Min(rng.Next(1, 9), text.Length - from));
        return InsertRepeated(text, rng, unit);
    }

    private string InsertRepeated(StringBuilder text, Random rng, string unit)
    {
        var limit = vocabulary.NestingLimit;
        var count = rng.Next(20) switch
        {
            < 12 => rng.Next(2, 65),
            < 17 => rng.Next(limit - 12, limit + 18),
            < 19 => 5_000,
            _ => 100_000,
        };
        count = Math.Min(count, MaxInsertedChars / unit.Length);
        var at = InsertionPoint(text, rng);
        text.Insert(at, unit, count);
        return Invariant($"insert {CSharpLiteral.Of(unit, 40)} x {count} at {at}");
    }

    private string InsertInteresting(StringBuilder text, Random rng)
    {
        var token = vocabulary.Interesting[rng.Next(vocabulary.Interesting.Count)];
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

    private static string InsertLongToken(StringBuilder text, Random rng, LongToken token)
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
