using System.Globalization;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>One generated input, the settings to run it with, and how it was made.</summary>
/// <param name="Recipe">The seed file and each mutation, in order, with positions.</param>
/// <param name="Operators">The names of the mutations used, without details: what a hang is blamed on.</param>
public readonly record struct FuzzCase(string Input, CaseSettings Settings, string Recipe, IReadOnlyList<string> Operators);

/// <summary>What a case is run with besides its text; described in reports.</summary>
public abstract record CaseSettings
{
    public abstract override string ToString();
}

/// <summary>
/// The reader options a case is parsed with. Varied too, because a base IRI, a nesting limit or an
/// IRI table size a caller may choose takes the parser down paths the defaults never reach.
/// </summary>
/// <param name="InternerCapacity">The IRI table's size; null for the reader's own default table.</param>
public sealed record ReaderSettings(string? BaseIri, int MaxNesting, int? InternerCapacity) : CaseSettings
{
    public static readonly ReaderSettings Default = new("http://example.org/fuzz/base", new RdfReaderOptions().MaxNesting, null);

    private static readonly string?[] BaseIris =
    [
        null, "http://a/b/c/d;p?q", "http://example.org", "http://example.org/a/../b/./c", "file:///", "urn:example:x", "http://[::1]/#f", "x:",
    ];

    private static readonly int[] MaxNestings = [0, 1, 3];

    private static readonly int[] InternerCapacities = [1, 2, 16];

    public static ReaderSettings Pick(Random rng) => rng.Next(4) != 0
        ? Default
        : new ReaderSettings(
            rng.Next(2) == 0 ? Default.BaseIri : BaseIris[rng.Next(BaseIris.Length)],
            rng.Next(2) == 0 ? Default.MaxNesting : MaxNestings[rng.Next(MaxNestings.Length)],
            rng.Next(2) == 0 ? null : InternerCapacities[rng.Next(InternerCapacities.Length)]);

    /// <summary>Fresh options each time: an interner shared between cases would make them depend on each other.</summary>
    public RdfReaderOptions ToOptions() => new()
    {
        BaseIri = BaseIri,
        SourceName = "fuzz-input",
        MaxNesting = MaxNesting,
        Interner = InternerCapacity is { } capacity ? new TermInterner(capacity) : null,
    };

    public override string ToString() =>
        $"base {(BaseIri is null ? "none" : "<" + BaseIri + ">")}, max nesting {MaxNesting}, IRI table {(InternerCapacity is { } c ? c.ToString(CultureInfo.InvariantCulture) : "default")}";
}
