using System.Globalization;

namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>The limits every case runs under, and when a case counts as hung despite them.</summary>
/// <param name="HangThreshold">A case slower than this counts as a hang even if it answers: the timeout did not stop it in time.</param>
/// <param name="AbandonAfter">A case still running after this is given up on, with its process.</param>
public sealed record SparqlLimits(TimeSpan Timeout, long MaxResults, long MaxMemoryBytes, TimeSpan HangThreshold, TimeSpan AbandonAfter)
{
    /// <summary>
    /// Generous next to the few hundred quads of the dataset, and far below what would slow the
    /// machine; the hang threshold leaves the timeout room for a garbage collection or two.
    /// </summary>
    public static readonly SparqlLimits Default = new(TimeSpan.FromSeconds(2), 10_000, 256L << 20, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));

    /// <summary>As command-line arguments for the executor process; read back by <see cref="Parse"/>.</summary>
    public IReadOnlyList<string> ToArguments() =>
    [
        Timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
        MaxResults.ToString(CultureInfo.InvariantCulture),
        MaxMemoryBytes.ToString(CultureInfo.InvariantCulture),
        HangThreshold.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
        AbandonAfter.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
    ];

    public static SparqlLimits Parse(IReadOnlyList<string> arguments) => arguments.Count == 5
        ? new SparqlLimits(
            Milliseconds(arguments[0]),
            long.Parse(arguments[1], CultureInfo.InvariantCulture),
            long.Parse(arguments[2], CultureInfo.InvariantCulture),
            Milliseconds(arguments[3]),
            Milliseconds(arguments[4]))
        : throw new ArgumentException($"expected 5 limits, got {arguments.Count}", nameof(arguments));

    private static TimeSpan Milliseconds(string text) => TimeSpan.FromMilliseconds(double.Parse(text, CultureInfo.InvariantCulture));
}
