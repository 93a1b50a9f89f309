namespace NewsGraph.Extraction.Facts;

/// <summary>
/// "بحسب وكالة بيلتا، …", "…, according to the Kremlin": a speech word that names its speaker right after it,
/// in the tokens [<see cref="NameFirst"/>, <see cref="NameEnd"/>) up to a comma. The words are the rest of the
/// sentence on the other side of the phrase: after it when the phrase opens the sentence, else before it.
/// </summary>
internal readonly record struct AccordingPhrase(Trigger Word, int NameFirst, int NameEnd)
{
    private const int MaxNameWords = 8;
    private const int OpensSentence = 1;

    public static AccordingPhrase? At(StatementText text, SentenceFacts s, Trigger verb)
    {
        if (!s.Triggers.Any(t => t.Kind == TriggerKind.According && t.First == verb.First))
            return null;
        int end = verb.End;
        while (end < s.EndToken && end - verb.End < MaxNameWords && (end == verb.End || text.CommaBefore(end) < 0))
            end++;
        return new AccordingPhrase(verb, verb.End, end);
    }

    /// <summary>The reported words, as an offset range of the text, or null when the phrase leaves none.</summary>
    public (int Start, int End)? Words(StatementText text, SentenceFacts s)
    {
        if (Word.First - s.FirstToken <= OpensSentence)
            return NameEnd < s.EndToken ? (text.Start(NameEnd), s.Sentence.End) : null;
        return Word.First > s.FirstToken ? (s.Sentence.Start, text.End(Word.First - 1)) : null;
    }
}
