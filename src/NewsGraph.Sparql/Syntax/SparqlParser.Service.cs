using System.Text;

namespace NewsGraph.Sparql.Syntax;

internal sealed partial class SparqlParser
{
    /// <summary>
    /// The SELECT a SERVICE sends: its group copied from the query text (so nothing is lost to a
    /// round trip through the algebra), under the BASE and PREFIX declarations in force there.
    /// </summary>
    private string RemoteQuery(Token open, Token close)
    {
        var sb = new StringBuilder();
        if (_base is not null)
        {
            sb.Append("BASE <").Append(_base).Append(">\n");
        }

        foreach (var (prefix, ns) in _prefixes)
        {
            sb.Append("PREFIX ").Append(prefix).Append(": <").Append(ns).Append(">\n");
        }

        var start = Offset(open);
        var end = Offset(close) + close.Text.Length;
        return sb.Append("SELECT * WHERE ").Append(_text, start, end - start).ToString();
    }

    /// <summary>The position in the text of a token, from its line and column (lines end at '\n', as the lexer counts them).</summary>
    private int Offset(Token token)
    {
        var offset = 0;
        for (var line = 1; line < token.Line; line++)
        {
            offset = _text.IndexOf('\n', offset) + 1;
        }

        return offset + token.Column - 1;
    }
}
