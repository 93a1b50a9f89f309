namespace NewsGraph.Extraction.Text;

public enum Script { Other, Latin, Arabic, Hebrew, Cyrillic }

public static class Scripts
{
    public static Script Of(char c) => c switch
    {
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '\u00C0' and <= '\u024F' => Script.Latin,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => Script.Arabic,
        >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F' => Script.Hebrew,
        >= '\u0400' and <= '\u04FF' => Script.Cyrillic,
        _ => Script.Other,
    };

    /// <summary>A combining mark written on a letter (Arabic vowels, Hebrew niqqud): part of the word it stands in.</summary>
    public static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>A Hebrew letter (not a point, mark or punctuation sign).</summary>
    public static bool IsHebrewLetter(char c) => c is >= '\u05D0' and <= '\u05EA';
}
