using NewsGraph.Extraction.Lexicon;

namespace NewsGraph.Extraction.Text;

/// <summary>
/// The forms a written word may stand for once the prefix letters glued to it are removed:
/// Arabic "وللرئيس" → "للرئيس", "الرئيس", "رئيس"; Hebrew "ולאיחוד" → "לאיחוד", "איחוד"; or, in Russian,
/// once its case ending is put back to the listed form: "москвой" → "москва". The word itself comes
/// first, so a name that really starts with such a letter (הרצוג, بوتين) wins.
/// </summary>
public sealed class Morphology
{
    private const int MinStem = 2;
    private readonly HashSet<char> _arConjunctions, _arPrepositions, _hePrefixes;
    private readonly string _arArticle;
    private readonly (string Written, string Listed)[] _ruEndings;

    public Morphology(LexiconTable table)
    {
        _arConjunctions = Letters(table, "ar", "conjunction");
        _arPrepositions = Letters(table, "ar", "preposition");
        _hePrefixes = Letters(table, "he", "prefix");
        _arArticle = FoldedText.Key(table.OfKind("article", "ar").Select(e => e.Form).FirstOrDefault() ?? "ال");
        _ruEndings = table.OfKind("ending", "ru").Select(e => (FoldedText.Key(e.Form), e.Value == "-" ? "" : FoldedText.Key(e.Value))).ToArray();
    }

    private static HashSet<char> Letters(LexiconTable table, string lang, string kind) =>
        table.OfKind(kind, lang).Select(e => FoldedText.Key(e.Form)).Where(f => f.Length == 1).Select(f => f[0]).ToHashSet();

    /// <summary>Candidate stems of a folded word, the word itself first.</summary>
    public void Stems(string word, List<string> output)
    {
        output.Clear();
        output.Add(word);
        if (word.Length <= MinStem)
            return;
        var script = Scripts.Of(word[0]);
        if (script == Script.Arabic)
            ArabicStems(word, output);
        else if (script == Script.Hebrew)
            HebrewStems(word, output);
        else if (script == Script.Cyrillic)
            RussianStems(word, output);
    }

    private void RussianStems(string word, List<string> output)
    {
        foreach (var (written, listed) in _ruEndings)
        {
            if (word.Length - written.Length > MinStem && word.EndsWith(written, StringComparison.Ordinal))
                Add(output, string.Concat(word.AsSpan(0, word.Length - written.Length), listed));
        }
    }

    private void ArabicStems(string word, List<string> output)
    {
        var s = word;
        if (_arConjunctions.Contains(s[0]) && s.Length > MinStem + 1)
            Add(output, s = s[1..]);
        if (_arPrepositions.Contains(s[0]) && s.Length > MinStem + 1)
        {
            // ل before the article drops its alef: لل = ل + ال.
            if (s[0] == _arArticle[1] && s[1] == _arArticle[1] && s.Length > MinStem + 2)
            {
                Add(output, _arArticle + s[2..]);
                Add(output, s[2..]);
                return;
            }
            Add(output, s = s[1..]);
        }
        if (s.StartsWith(_arArticle, StringComparison.Ordinal) && s.Length >= _arArticle.Length + MinStem)
            Add(output, s[_arArticle.Length..]);
    }

    private void HebrewStems(string word, List<string> output)
    {
        for (int k = 1; k <= 3 && word.Length - k >= MinStem && _hePrefixes.Contains(word[k - 1]); k++)
            Add(output, word[k..]);
    }

    private static void Add(List<string> output, string stem)
    {
        if (!output.Contains(stem))
            output.Add(stem);
    }
}
