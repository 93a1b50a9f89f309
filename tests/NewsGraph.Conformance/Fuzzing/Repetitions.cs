namespace NewsGraph.Conformance.Fuzzing;

/// <summary>A stretch of text that is one short unit over and over.</summary>
internal readonly record struct Repetition(int Start, int UnitLength, int Count)
{
    public int Length => UnitLength * Count;

    public int End => Start + Length;
}

/// <summary>
/// Finds long repetitions: failures from deep nesting or long chains come from inputs that are
/// mostly one unit repeated, which are best shrunk and shown as a unit and a count.
/// </summary>
internal static class Repetitions
{
    private const int MaxUnitLength = 64;
    private const int MinCount = 8;
    private const int MinLength = 64;

    /// <summary>Runs left to right, not overlapping; at each start, the unit that covers the most text.</summary>
    public static List<Repetition> Find(string text)
    {
        var runs = new List<Repetition>();
        var i = 0;
        while (i < text.Length)
        {
            var best = default(Repetition);
            for (var unit = 1; unit <= MaxUnitLength && i + (unit * 2) <= text.Length; unit++)
            {
                // How far the text from i matches itself shifted by one unit.
                var j = i + unit;
                while (j < text.Length && text[j] == text[j - unit])
                {
                    j++;
                }

                var count = (j - i) / unit;
                if (count >= MinCount && count * unit >= MinLength && count * unit > best.Length)
                {
                    best = new Repetition(i, unit, count);
                }
            }

            i = best.Count > 0 ? best.End : i + 1;
            if (best.Count > 0)
            {
                runs.Add(best);
            }
        }

        return runs;
    }

    /// <summary>The text with one run cut or grown to <paramref name="count"/> units.</summary>
    public static string WithCount(string text, Repetition run, int count) =>
        string.Concat(text.AsSpan(0, run.Start), string.Concat(Enumerable.Repeat(text.Substring(run.Start, run.UnitLength), count)), text.AsSpan(run.End));
}
