using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Dates;

internal enum DateTokenKind { Word, Number, Punct, LineBreak }

/// <summary>A word, a run of digits or one punctuation mark, with its place in the text.</summary>
/// <param name="Norm">The folded word (<see cref="FoldedText.LooseKey"/>), the ASCII digits, or the mark, folded where folding keeps it.</param>
/// <param name="Number">The value of a digit run (capped), else 0.</param>
/// <param name="SpaceBefore">Whether white space separates it from the previous token: "22-" and "و22" glue, "22 -" does not.</param>
internal readonly record struct DateToken(int Start, int Length, DateTokenKind Kind, string Norm, int Number, bool SpaceBefore, bool Capitalized)
{
    public int End => Start + Length;

    public bool IsPunct(char c) => Kind == DateTokenKind.Punct && Norm.Length == 1 && Norm[0] == c;
}
