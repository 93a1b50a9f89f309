using NewsGraph.Extraction.Gazetteer;

namespace NewsGraph.Extraction.Mentions;

public enum MentionKind
{
    /// <summary>A full name of a gazetteer entity.</summary>
    Name,
    /// <summary>A short name (surname alone) of a gazetteer entity.</summary>
    ShortName,
    /// <summary>A nationality adjective: names a state.</summary>
    Demonym,
    /// <summary>A title ("foreign minister"): no entity by itself.</summary>
    Title,
}

/// <summary>
/// Something named in the article text: [<see cref="Start"/>, <see cref="End"/>) in
/// <see cref="Articles.Article.Text"/>, tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>).
/// </summary>
/// <param name="TitleState">For a title that names one state's office by itself, that state.</param>
/// <param name="Proclitics">The prefix letters (folded) written together with the first word and stripped to match it: "ل" in "لبوتين".</param>
public sealed record Mention(int Start, int End, int FirstToken, int EndToken, MentionKind Kind, GazetteerEntity? Entity, Role? Role, GazetteerEntity? TitleState = null, string Proclitics = "")
{
    public bool IsEntity => Entity is not null;
}
