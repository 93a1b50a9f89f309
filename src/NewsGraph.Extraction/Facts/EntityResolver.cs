using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Mentions;
using NewsGraph.Rdf;

namespace NewsGraph.Extraction.Facts;

/// <summary>
/// Turns an article's mentions into the entities it speaks of. A title followed by a demonym and
/// a name gives that person the title; a title that names nobody ("the Saudi crown prince") refers
/// to the person of the article who holds that office, when one is named elsewhere in it; a title
/// without a state ("the crown prince", "הנשיא") to the holder of that office the article names first;
/// a title followed by a name the gazetteer lacks to an unlinked person with that role and state.
/// </summary>
internal sealed class EntityResolver
{
    private readonly Dictionary<Iri, ArticleEntity> _known = [];
    private readonly Dictionary<string, ArticleEntity> _unlinked = new(StringComparer.Ordinal);

    public ArticleEntity For(GazetteerEntity entity)
    {
        if (!_known.TryGetValue(entity.Iri, out var e))
            _known[entity.Iri] = e = new ArticleEntity { Iri = entity.Iri, Kind = entity.Kind, Label = entity.Label, Known = entity };
        return e;
    }

    /// <summary>The entity each mention refers to (null for none), index by index.
    /// <paramref name="nameAfter"/>(title's last token, first token, limit) reads a name the gazetteer lacks.</summary>
    public ArticleEntity?[] Resolve(List<Mention> mentions, int? year, Func<int, int, int, UnlinkedName?> nameAfter)
    {
        var resolved = new ArticleEntity?[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Entity is { } entity)
                resolved[i] = For(entity);
        }
        var namedPersons = resolved.Where(e => e is { Kind: EntityKind.Person, Known: not null }).Distinct().ToList();
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind != MentionKind.Title)
                continue;
            // "وزير الخارجية الروسي سيرغي لافروف": title, optional demonym or state, then the name.
            int j = i + 1;
            Iri? state = null;
            if (j < mentions.Count && mentions[j].Entity is { Kind: EntityKind.State } && mentions[j].FirstToken <= mentions[j - 1].EndToken + 1)
            {
                // "الرئيس الروسي", "נשיא צ'כיה", "President of Russia", "Президент Молдовы"
                state = mentions[j].Entity!.Iri;
                j++;
            }
            else if (i > 0 && mentions[i - 1].Kind == MentionKind.Demonym && mentions[i - 1].EndToken >= mentions[i].FirstToken - 1)
            {
                state = mentions[i - 1].Entity!.Iri; // "Russian President", "Iranian foreign minister"
            }
            if (j < mentions.Count && resolved[j] is { Kind: EntityKind.Person } && mentions[j].FirstToken <= mentions[j - 1].EndToken + 2)
                continue; // the title introduces a named person
            state ??= mentions[i].TitleState?.Iri;
            var role = mentions[i].Role;
            int titleEnd = mentions[j - 1].EndToken;
            if (nameAfter(titleEnd - 1, titleEnd, j < mentions.Count ? mentions[j].FirstToken : int.MaxValue) is { } name)
            {
                resolved[i] = Unlinked(name.Label, role, state);
                continue;
            }
            var holders = namedPersons.Where(p => p!.Known!.Tenures.Any(t =>
                t.Role == role && (state is null || t.Of == state) && t.Covers(year))).ToList();
            // Without a state ("the crown prince", "הנשיא"), the title means the holder the article
            // is about: of several, the one it names first (news names its subject in the lead).
            if (holders.Count > 0)
                resolved[i] = holders[0];
        }
        return resolved;
    }

    /// <summary>One entity per name and article, its IRI made from the folded name.</summary>
    private ArticleEntity Unlinked(string label, Role? role, Iri? state)
    {
        var key = string.Join('-', Text.Tokenizer.Tokenize(Text.FoldedText.Fold(label).Value).Select(t => t.Text));
        if (!_unlinked.TryGetValue(key, out var e))
        {
            _unlinked[key] = e = new ArticleEntity
            {
                Iri = new Iri(Rdf.Ng.IdBase + "person/" + Uri.EscapeDataString(key)), Kind = EntityKind.Person, Label = label, Role = role, OfState = state,
            };
        }
        return e;
    }
}
