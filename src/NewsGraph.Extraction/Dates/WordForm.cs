using System.Globalization;
using System.Text;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Dates;

/// <summary>
/// The folded form under which words are looked up in the lexicon tables. Arabic is written with or
/// without hamza on alef, with ة or ه, with or without short vowels and tatweel; Hebrew with ׳/״ or
/// ASCII quotes and occasionally with niqqud. Folding both the table and the text lets one table row
/// stand for every spelling.
/// </summary>
internal static class WordForm
{
    public static string Normalize(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var folded = Fold(c);
            if (folded != '\0')
                builder.Append(folded);
        }
        return builder.ToString();
    }

    /// <summary>The folded character, or '\0' when it is dropped (vowel marks, tatweel, niqqud).</summary>
    public static char Fold(char c)
    {
        switch (c)
        {
            case 'أ' or 'إ' or 'آ' or 'ٱ': return 'ا';
            case 'ى': return 'ي';
            case 'ة': return 'ه';
            case 'ؤ': return 'و';
            case 'ئ': return 'ي';
            case '\u0640': return '\0';
            case '׳' or '’' or '‘' or '`' or '´': return '\'';
            case '״' or '“' or '”': return '"';
            case '\u05BE' or '–' or '—' or '‐' or '‑': return '-';
            case 'ё': return 'е';
        }
        if (c is >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u0591' and <= '\u05BD' or '\u05BF' or '\u05C1' or '\u05C2' or '\u05C4' or '\u05C5' or '\u05C7')
            return '\0';
        if (Digits.IsDigit(c))
            return Digits.Fold(c);
        return char.ToLowerInvariant(c);
    }

    public static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u0671' and <= '\u06D3';

    /// <summary>Letters and the combining marks written on them (Arabic vowels, Hebrew niqqud).</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetter(c) || c == '\u0640' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
