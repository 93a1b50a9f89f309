using System.Text;

namespace NewsGraph.Extraction.Text;

/// <summary>
/// Folds one character to what name matching compares: NFKC, lower case, no accents, Arabic
/// diacritics and tatweel dropped, alef/ya/ta-marbuta variants merged, Hebrew points dropped,
/// geresh/quote look-alikes unified, Arabic-Indic digits as ASCII. One character becomes zero,
/// one or (for presentation-form ligatures) several characters, so the folded text keeps a map
/// back to the original offsets.
/// </summary>
internal static class CharFolding
{
    /// <summary>Null: the character folds to itself; "" : dropped.</summary>
    private static readonly string?[] Table = BuildTable();

    public static string? Fold(char c) => c < 0x80
        ? (c is >= 'A' and <= 'Z' ? AsciiLower[c - 'A'] : null)
        : Table[c];

    private static readonly string[] AsciiLower = Enumerable.Range('a', 26).Select(i => ((char)i).ToString()).ToArray();

    private static string?[] BuildTable()
    {
        var table = new string?[char.MaxValue + 1];
        for (int i = 0x80; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
                continue;
            var folded = FoldSlow(c);
            if (folded.Length != 1 || folded[0] != c)
                table[i] = folded;
        }
        return table;
    }

    private const string LatinWithDiacritics =
        "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽžȘșȚț";
    private const string LatinBase =
        "aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhhhiiiiiiiiiiiiiiiiiijjkkllllllllllnnnnnnnnoooooooooooooooooorrrrrrssssssssttttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzzsstt";

    private static string FoldSlow(char c)
    {
        switch (c)
        {
            case '\u0640': return ""; // tatweel
            case '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u00AD':
            case >= '\u202A' and <= '\u202E':
            case >= '\u2066' and <= '\u2069':
                return "";
            case '\u05BE': return "-"; // maqaf
            case '\u05F3' or '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '`' or '\u00B4': return "'";
            case '\u05F4' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB': return "\"";
            case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u3000': return " ";
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014': return "-";
            case >= '\u0660' and <= '\u0669': return ((char)('0' + (c - '\u0660'))).ToString();
            case >= '\u06F0' and <= '\u06F9': return ((char)('0' + (c - '\u06F0'))).ToString();
            case 'أ' or 'إ' or 'آ' or 'ٱ': return "ا";
            case 'ى' or 'ی': return "ي";
            case 'ة': return "ه";
            case 'ک': return "ك";
            case 'ё' or 'Ё': return "е";
        }
        if (c is >= '\u0610' and <= '\u061A' or >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED')
            return "";
        if (c is >= '\u0591' and <= '\u05C7')
            return c is '\u05C3' ? "." : ""; // points and cantillation; sof pasuq ends a verse
        // Surrogates, unassigned code points and noncharacters have no normalisation: they stay as they are.
        if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherNotAssigned)
            return c.ToString();
        // With invariant globalization the runtime has no normalisation data beyond ASCII, so the
        // Latin letters with diacritics news names use are folded from this table first.
        int latin = LatinWithDiacritics.IndexOf(c);
        if (latin >= 0)
            return LatinBase[latin].ToString();
        var compat = c.ToString().Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(compat.Length);
        foreach (var d in compat)
        {
            var category = char.GetUnicodeCategory(d);
            if (category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark)
                continue;
            sb.Append(char.ToLowerInvariant(d));
        }
        var result = sb.ToString();
        // A second pass applies the Arabic rules to characters that NFKD produced (ligatures).
        if (result.Length == 1 && result[0] == c)
            return result;
        var again = new StringBuilder(result.Length);
        foreach (var d in result)
            again.Append(d == c ? d.ToString() : FoldSlow(d));
        return again.ToString();
    }
}
