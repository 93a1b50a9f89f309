using NewsGraph.Extraction.Articles;
using NewsGraph.Extraction.Dates;
using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Lexicon;
using NewsGraph.Extraction.Mentions;
using NewsGraph.Extraction.Text;
using Tokenizer = NewsGraph.Extraction.Text.Tokenizer;

namespace NewsGraph.Extraction.Facts;

/// <summary>
/// From an article's text to its facts: fold and tokenise, split sentences, find mentions,
/// triggers and dates, resolve entities, then extract events and statements. Stateless between
/// articles and safe to share across threads.
/// </summary>
public sealed class FactExtractor
{
    private readonly EntityGazetteer _gazetteer;
    private readonly MentionFinder _mentions;
    private readonly TriggerFinder _triggers;
    private readonly SentenceSplitter _splitter;
    private readonly DateFinder _dates;
    private readonly UnlinkedNameReader _unlinkedNames;

    public FactExtractor(EntityGazetteer gazetteer) : this(gazetteer, new Morphology(LexiconTable.Load("morphology")))
    {
    }

    private FactExtractor(EntityGazetteer gazetteer, Morphology morphology) : this(gazetteer, MentionFinder.For(gazetteer, morphology), morphology)
    {
    }

    /// <summary>An extractor that shares <paramref name="mentions"/> with an earlier pass over the same articles (the name index is built once).</summary>
    internal FactExtractor(EntityGazetteer gazetteer, MentionFinder mentions, Morphology morphology)
    {
        _gazetteer = gazetteer;
        _mentions = mentions;
        _triggers = new TriggerFinder(LexiconTable.Load("triggers"), morphology);
        _splitter = new SentenceSplitter(LexiconTable.Load("text").OfKind("abbreviation").Select(e => e.Form));
        _dates = new DateFinder();
        _unlinkedNames = new UnlinkedNameReader(gazetteer);
    }

    public ArticleFacts Extract(Article article)
    {
        var text = article.Text;
        var folded = FoldedText.Fold(text);
        var tokens = Tokenizer.Tokenize(folded.Value);
        var sentences = _splitter.Split(text);
        var mentions = _mentions.Find(folded, tokens, article.Language);
        var triggers = _triggers.Find(tokens, article.Language);
        var resolver = new EntityResolver();
        var resolved = resolver.Resolve(mentions, article.Published?.Year, (after, at, limit) => _unlinkedNames.Read(folded, tokens, after, at, limit));

        var views = new List<SentenceFacts>(sentences.Count);
        int m = 0, t = 0, k = 0;
        foreach (var sentence in sentences)
        {
            int firstToken = k;
            while (k < tokens.Count && folded.OriginalOffset(tokens[k].Start) < sentence.End)
                k++;
            var sentenceMentions = new List<ResolvedMention>();
            while (m < mentions.Count && mentions[m].FirstToken < k)
            {
                if (resolved[m] is { } entity && mentions[m].FirstToken >= firstToken)
                    sentenceMentions.Add(new ResolvedMention(mentions[m], entity));
                m++;
            }
            var sentenceTriggers = new List<Trigger>();
            while (t < triggers.Count && triggers[t].First < k)
            {
                if (triggers[t].First >= firstToken)
                    sentenceTriggers.Add(triggers[t]);
                t++;
            }
            views.Add(new SentenceFacts
            {
                Sentence = sentence, FirstToken = firstToken, EndToken = k, Mentions = sentenceMentions, Triggers = sentenceTriggers,
                Dates = _dates.Find(text[sentence.Start..sentence.End], article.Language, article.Published),
                TriggerOffset = trigger => folded.OriginalOffset(tokens[trigger.First].Start),
            });
        }

        // Without a date of its own, a sentence is about the day the article last named, or else
        // the day it was published (news reports the day's events).
        DateMention? context = article.Published is { } day ? new DateMention(0, 0, PartialDate.Of(day)) : null;
        foreach (var view in views)
        {
            view.ContextDate = context;
            context = view.Dates.LastOrDefault(d => d.Value is not null) ?? context;
        }

        var entities = new List<ArticleEntity>();
        var seen = new HashSet<ArticleEntity>();
        for (int i = 0; i < mentions.Count; i++)
        {
            if ((mentions[i].Entity is not null || resolved[i]?.Known is null) && resolved[i] is { } e && seen.Add(e))
                entities.Add(e);
        }
        return new ArticleFacts
        {
            Article = article,
            Sentences = sentences,
            Entities = entities,
            Events = new EventExtractor(resolver, _gazetteer).Extract(views, article.Published, text),
            Statements = new StatementExtractor(resolver, _gazetteer).Extract(text, folded, tokens, views, article.Language),
        };
    }
}
