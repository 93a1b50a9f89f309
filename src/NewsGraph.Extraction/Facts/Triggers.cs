using NewsGraph.Extraction.Lexicon;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Facts;

public enum TriggerKind
{
    Visit, Host, Meet, Call, Speech, Negation, Hypothetical, Future, Complementizer,
    /// <summary>"between them", "their meeting": the event's parties are the pair named before.</summary>
    Pair,
    /// <summary>"meetings with", "each of": one event with each party named after the trigger.</summary>
    Each,
    /// <summary>A verb of saying that reports words only with a quotation or a complementizer ("announced that").</summary>
    WeakSpeech,
    /// <summary>A name just after it is not the subject of a verb ("with", "مع", "с").</summary>
    Preposition,
    /// <summary>An office that, beside a nationality adjective, speaks for its state ("the Russian presidency").</summary>
    Institution,
    /// <summary>A verb followed by it names a topic, not words ("كشف عن", "говорил о").</summary>
    About,
    /// <summary>As the subject of a speech verb, a source that names no speaker ("a source said", "وذكر التلفزيون").</summary>
    Source,
    /// <summary>The source passes on someone's words ("نقلت القناة قوله", "quoted him as saying"): it is not their subject.</summary>
    Relay,
    /// <summary>A relative pronoun ("who", "الذي"): the clause it opens tells about someone else's doings, not the event's.</summary>
    Relative,
    /// <summary>A plural subject that names nobody ("the presidents", "the two leaders"): the pair the text last named speaks.</summary>
    Group,
    /// <summary>Being somewhere ("находится в Баку"): not a visit, but where the person's talks of that time happen.</summary>
    Stay,
    /// <summary>A site as the object of a visit word ("لزيارة موقع", "visit the site"): an inspection, not a visit to a state.</summary>
    Site,
    /// <summary>"according to X", "بحسب X": a speech word whose speaker is named right after it, up to a comma.</summary>
    According,
    /// <summary>Opens a clause that runs to a comma ("بعدما أكد براءة روسيا، قال"): names in it are not the main verb's subject.</summary>
    Subordinator,
    /// <summary>A spouse word ("and his wife", "ורעייתו"): the person named right after it accompanies the one before, and is no party.</summary>
    Companion,
    /// <summary>A fixed phrase that holds a trigger word and is none ("в свою очередь", "in turn"): it only hides that word.</summary>
    Idiom,
    /// <summary>"между Киевом и Москвой", "between Washington and Beijing": the cities right after it are parties, not a place.</summary>
    Between,
    /// <summary>"العاصمة", "capital", "столица": beside a demonym, it names that state's capital.</summary>
    Capital,
    /// <summary>"في", "in", "в": a state named right after it is where something happens.</summary>
    Locative,
}

/// <summary>A trigger word found at tokens [<see cref="First"/>, <see cref="End"/>).</summary>
public readonly record struct Trigger(TriggerKind Kind, int First, int End);

/// <summary>Finds the words of <c>ontology/lexicon/triggers.tsv</c> in a language's text.</summary>
public sealed class TriggerFinder
{
    private readonly Dictionary<string, PhraseMatcher<TriggerKind>> _byLanguage = new(StringComparer.Ordinal);

    public TriggerFinder(LexiconTable triggers, Morphology morphology)
    {
        foreach (var entry in triggers.Entries)
        {
            if (!Enum.TryParse<TriggerKind>(entry.Kind.Replace("-", ""), ignoreCase: true, out var kind))
                throw new FormatException($"triggers.tsv: unknown kind '{entry.Kind}' for '{entry.Form}'");
            if (!_byLanguage.TryGetValue(entry.Language, out var matcher))
                _byLanguage[entry.Language] = matcher = new PhraseMatcher<TriggerKind>(morphology);
            matcher.Add(entry.Form, kind);
        }
    }

    /// <summary>Triggers in the tokens, longest first at each position; one word may be several
    /// kinds (e.g. a future verb of visiting), so all kinds of the longest phrase are reported. A word listed
    /// as written wins over a listed word it would be with its prefix letters taken off ("כלפי" is "towards",
    /// not "כ" + "לפי").</summary>
    public List<Trigger> Find(List<Token> tokens, string language)
    {
        var found = new List<Trigger>();
        if (!_byLanguage.TryGetValue(language, out var matcher))
            return found;
        var matches = new List<(PhraseMatcher<TriggerKind>.Phrase Phrase, int Stem)>();
        var stems = new List<string>(4);
        for (int i = 0; i < tokens.Count;)
        {
            matcher.MatchAt(tokens, i, matches, stems);
            if (matches.Count == 0)
            {
                i++;
                continue;
            }
            int longest = matches.Max(m => m.Phrase.Words.Length);
            int plainest = matches.Where(m => m.Phrase.Words.Length == longest).Min(m => m.Stem);
            foreach (var kind in matches.Where(m => m.Phrase.Words.Length == longest && m.Stem == plainest).Select(m => m.Phrase.Value).Distinct())
                found.Add(new Trigger(kind, i, i + longest));
            i += longest;
        }
        return found;
    }
}
