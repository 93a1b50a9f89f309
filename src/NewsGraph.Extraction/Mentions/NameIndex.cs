using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Lexicon;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Mentions;

/// <summary>A name, demonym or title and what it stands for.</summary>
internal sealed record IndexedName(MentionKind Kind, GazetteerEntity? Entity, Role? Role, string Language, bool MatchCase, string Surface, GazetteerEntity? TitleState = null);

/// <summary>Every name form of the gazetteer and every title of the lexicon as phrases.</summary>
internal static class NameIndex
{
    public static PhraseMatcher<IndexedName> Build(EntityGazetteer gazetteer, LexiconTable titles, Morphology morphology)
    {
        var matcher = new PhraseMatcher<IndexedName>(morphology);
        var seen = new HashSet<(string, Gazetteer.GazetteerEntity?, MentionKind)>();
        foreach (var entity in gazetteer.Entities.OrderBy(e => e.Iri.Value, StringComparer.Ordinal))
        {
            foreach (var name in entity.Names)
            {
                var kind = name.Kind switch
                {
                    NameKind.Short => MentionKind.ShortName,
                    NameKind.Demonym => MentionKind.Demonym,
                    _ => MentionKind.Name,
                };
                if (seen.Add((FoldedText.Key(name.Text), entity, kind)))
                    matcher.Add(name.Text, new IndexedName(kind, entity, null, name.Language, IsAcronym(name.Text), name.Text));
            }
        }
        var states = gazetteer.Entities.Where(e => e.Kind == EntityKind.State).ToDictionary(e => e.Label, StringComparer.Ordinal);
        foreach (var title in titles.OfKind("title"))
        {
            var parts = title.Value.Split('|');
            GazetteerEntity? state = null;
            if (parts.Length > 1 && !states.TryGetValue(parts[1], out state))
                throw new FormatException($"titles.tsv: '{title.Form}' names the state '{parts[1]}', which the gazetteer does not have");
            matcher.Add(title.Form, new IndexedName(MentionKind.Title, null, Enum.Parse<Role>(parts[0]), title.Language, false, title.Form, state));
        }
        return matcher;
    }

    /// <summary>Acronyms and short names in capitals ("US", "UN", "AP") are ordinary words in lower case.</summary>
    private static bool IsAcronym(string text) =>
        text.Length <= 5 && text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper);
}
