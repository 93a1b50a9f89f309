using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Lexicon;
using NewsGraph.Extraction.Mentions;
using NewsGraph.Extraction.Text;
using NewsGraph.Rdf;

namespace NewsGraph.Extraction.Articles;

/// <summary>
/// Cuts the leads of other stories that some sites print after the article with no marker line before
/// them: a run of paragraphs at the end of the page about people and states the article's opening never
/// names. The reader cannot see them (they look like body paragraphs); what gives them away is their
/// subject, so this pass runs on the read article with the mention finder as its input.
/// </summary>
/// <remarks>
/// Conservative by design. No paragraph of the run may share anything with the headline and lead: no
/// entity, and no state that an entity belongs to or a named person holds office in; so a closing
/// paragraph of background about the article's states or people ends it. At least <see cref="MinStories"/>
/// of its paragraphs must name a person (a teaser opens its own story with its subject), and the run
/// starts at the first of them: a paragraph naming nobody may sit among the teasers (a story about an
/// unnamed official), but one before them is the article's own.
/// </remarks>
internal sealed class TeaserTail
{
    /// <summary>The headline and the lead (or, with no headline, the first two paragraphs): what the article is about.</summary>
    private const int OpeningParagraphs = 2;

    /// <summary>So many unrelated stories at the end of a page are a list of teasers; one or two may be the article's own digression.</summary>
    private const int MinStories = 3;

    /// <summary>The article must keep a paragraph of its own after the opening.</summary>
    private const int MinKept = OpeningParagraphs + 1;

    private readonly MentionFinder _mentions;

    public TeaserTail(MentionFinder mentions) => _mentions = mentions;

    /// <summary>The article without its trailing run of other stories' leads (the same article when it has none).</summary>
    public Article Cut(Article article)
    {
        var paragraphs = article.Text.Split('\n');
        if (paragraphs.Length < MinKept + MinStories)
            return article;
        HashSet<Iri>? opening = null;
        int start = paragraphs.Length, stories = 0;
        for (var i = paragraphs.Length - 1; i >= MinKept; i--)
        {
            var (related, namesPerson) = Subjects(paragraphs[i], article.Language);
            if (related.Count > 0)
            {
                // Read only once a paragraph at the end names something: a page whose last paragraph names nothing known costs one short read.
                opening ??= Subjects(string.Join('\n', paragraphs, 0, OpeningParagraphs), article.Language).Related;
                // An opening that names nothing known gives nothing to tell another story by.
                if (opening.Count == 0 || related.Overlaps(opening))
                    break;
            }
            if (namesPerson)
                (start, stories) = (i, stories + 1);
        }
        if (stories < MinStories)
            return article;
        return article with { Text = string.Join('\n', paragraphs, 0, start) };
    }

    /// <summary>The entities a text names, with the states they belong to; and whether it names a person.</summary>
    private (HashSet<Iri> Related, bool NamesPerson) Subjects(string text, string language)
    {
        var folded = FoldedText.Fold(text);
        var related = new HashSet<Iri>();
        var namesPerson = false;
        foreach (var mention in _mentions.Find(folded, Tokenizer.Tokenize(folded.Value), language))
        {
            if (mention.TitleState is { } titleState)
                related.Add(titleState.Iri);
            if (mention.Entity is not { } entity)
                continue;
            namesPerson |= entity.Kind == EntityKind.Person;
            related.Add(entity.Iri);
            if (entity.Country is { } country)
                related.Add(country);
            foreach (var tenure in entity.Tenures)
            {
                if (tenure.Of is { } state)
                    related.Add(state);
            }
        }
        return (related, namesPerson);
    }
}
