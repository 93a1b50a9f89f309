namespace NewsGraph.Extraction.Text;

/// <summary>A word of a folded text: [<see cref="Start"/>, <see cref="End"/>) in <see cref="FoldedText.Value"/>.</summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public int Length => End - Start;
    public bool IsNumber => Text.Length > 0 && char.IsAsciiDigit(Text[0]);
}
