using System.Reflection;

namespace NewsGraph.Extraction.Lexicon;

/// <summary>One row of a language table: in language <see cref="Language"/>, <see cref="Form"/>
/// is a <see cref="Kind"/> (a month name, a speech verb…) standing for <see cref="Value"/>.</summary>
public sealed record LexiconEntry(string Language, string Kind, string Form, string Value);

/// <summary>
/// The per-language rule tables in <c>ontology/lexicon/*.tsv</c>, embedded in this assembly.
/// Each file is UTF-8, tab-separated, with the columns <c>lang kind form value</c>; blank lines and
/// lines starting with <c>#</c> are comments. Keeping words here and not in code lets a linguist
/// extend a language without touching the extractor.
/// </summary>
public sealed class LexiconTable
{
    private readonly List<LexiconEntry> _entries;

    private LexiconTable(List<LexiconEntry> entries) => _entries = entries;

    public IReadOnlyList<LexiconEntry> Entries => _entries;

    /// <summary>Entries of one kind, in every language or in <paramref name="language"/> only.</summary>
    public IEnumerable<LexiconEntry> OfKind(string kind, string? language = null) =>
        _entries.Where(e => e.Kind == kind && (language is null || e.Language == language));

    /// <summary>Loads the embedded table <c>ontology/lexicon/{name}.tsv</c>.</summary>
    public static LexiconTable Load(string name)
    {
        var resource = $"lexicon/{name}.tsv";
        using var stream = typeof(LexiconTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"lexicon table '{resource}' is not embedded in {typeof(LexiconTable).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader, resource);
    }

    /// <summary>Parses a table; a malformed row is an error naming the source and line.</summary>
    public static LexiconTable Parse(TextReader reader, string source)
    {
        var entries = new List<LexiconEntry>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            var cells = line.Split('\t');
            if (cells.Length is < 3 or > 4)
                throw new FormatException($"{source}:{lineNumber}: expected 3 or 4 tab-separated cells (lang, kind, form[, value]), found {cells.Length}");
            entries.Add(new LexiconEntry(cells[0].Trim(), cells[1].Trim(), cells[2].Trim(), cells.Length == 4 ? cells[3].Trim() : ""));
        }
        return new LexiconTable(entries);
    }

    /// <summary>The names of every embedded table.</summary>
    public static IEnumerable<string> EmbeddedNames() =>
        typeof(LexiconTable).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("lexicon/", StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(n => n["lexicon/".Length..^".tsv".Length]);
}
