using System.Text;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>The text the mutator splices into one language: pieces that sit on the edges of its grammar.</summary>
/// <param name="Interesting">Delimiters, keywords, escapes and characters the lexer treats specially.</param>
/// <param name="RepeatUnits">Units repeated many times over to test nesting limits and token-length handling.</param>
/// <param name="LongTokens">Long tokens: a prefix, a unit repeated to the wanted length, a suffix.</param>
/// <param name="NestingLimit">The parser's default nesting limit, around which repetition counts are drawn.</param>
internal sealed record FuzzVocabulary(
    IReadOnlyList<string> Interesting,
    IReadOnlyList<string> RepeatUnits,
    IReadOnlyList<LongToken> LongTokens,
    int NestingLimit);

internal sealed record LongToken(string Name, string Prefix, string Unit, string Suffix);

/// <summary>
/// An edit that knows the grammar it mutates. It returns what it did, for the recipe; an edit that
/// finds nothing to work on leaves the text alone and says so.
/// </summary>
internal sealed record LanguageEdit(string Name, Func<StringBuilder, Random, string> Apply);
