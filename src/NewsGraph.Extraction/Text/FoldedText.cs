namespace NewsGraph.Extraction.Text;

/// <summary>
/// A text folded for matching (<see cref="CharFolding"/>), with the map from each folded
/// character back to the original, so that what is found in the folded text is reported at
/// its original offsets.
/// </summary>
public sealed class FoldedText
{
    private readonly int[] _origin;

    private FoldedText(string original, string folded, int[] origin)
    {
        Original = original;
        Value = folded;
        _origin = origin;
    }

    public string Original { get; }

    /// <summary>The folded text.</summary>
    public string Value { get; }

    /// <summary>The original offset of folded character <paramref name="index"/>
    /// (<see cref="Value"/>.Length maps to the original length).</summary>
    public int OriginalOffset(int index) => index < _origin.Length ? _origin[index] : Original.Length;

    /// <summary>The original end offset (exclusive) of a folded span ending at <paramref name="end"/>; it takes
    /// in the characters folding dropped after the span's last one (vowel signs, points), which belong to that letter.</summary>
    public int OriginalEnd(int end) => end == 0 ? 0 : end >= _origin.Length ? Original.Length : Math.Max(_origin[end - 1] + 1, _origin[end]);

    public static FoldedText Fold(string text)
    {
        var folded = new System.Text.StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            var f = CharFolding.Fold(text[i]);
            if (f is null)
            {
                folded.Append(text[i]);
                origin.Add(i);
                continue;
            }
            foreach (var c in f)
            {
                folded.Append(c);
                origin.Add(i);
            }
        }
        return new FoldedText(text, folded.ToString(), origin.ToArray());
    }

    /// <summary>Folds a name or word for use as a dictionary key.</summary>
    public static string Key(string text) => Key(text.AsSpan(), looseHamza: false);

    /// <summary>
    /// <see cref="Key(string)"/>, and also hamza on waw or ya read as the bare letter (ؤ→و, ئ→ي): for the
    /// fixed words of the lexicon tables (date words, page furniture), which pages write with or without the
    /// hamza (الفائت, الفايت). Name keys keep it.
    /// </summary>
    public static string LooseKey(ReadOnlySpan<char> text) => Key(text, looseHamza: true);

    private static string Key(ReadOnlySpan<char> text, bool looseHamza)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (looseHamza && c is 'ؤ' or 'ئ')
            {
                sb.Append(c == 'ؤ' ? 'و' : 'ي');
                continue;
            }
            var f = CharFolding.Fold(c);
            if (f is null) sb.Append(c); else sb.Append(f);
        }
        return sb.ToString();
    }
}
