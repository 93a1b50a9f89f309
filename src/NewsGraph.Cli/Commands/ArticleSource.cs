using System.Text;
using NewsGraph.Extraction.Articles;

namespace NewsGraph.Cli.Commands;

/// <summary>
/// Reads the inputs <see cref="ArticleInputs.Expand"/> listed, one after another, and hands out the
/// problems met as they arise, so a batch can report a bad file or JSON line and go on.
/// </summary>
internal sealed class ArticleSource
{
    private readonly ArticleReader _reader = new();
    private readonly List<ArticleReadError> _ownErrors = [];
    private int _readerErrorsTaken;
    private int _ownErrorsTaken;

    public int ErrorCount => _reader.Errors.Count + _ownErrors.Count;

    public IEnumerable<Article> Read(string input) =>
        input == ArticleInputs.StandardInput ? ReadStandardInput() : _reader.Read(input);

    /// <summary>The errors recorded since the last call.</summary>
    public List<ArticleReadError> TakeNewErrors()
    {
        var fresh = new List<ArticleReadError>();
        for (; _readerErrorsTaken < _reader.Errors.Count; _readerErrorsTaken++)
        {
            fresh.Add(_reader.Errors[_readerErrorsTaken]);
        }

        for (; _ownErrorsTaken < _ownErrors.Count; _ownErrorsTaken++)
        {
            fresh.Add(_ownErrors[_ownErrorsTaken]);
        }

        return fresh;
    }

    /// <summary>Standard input is one plain-text article, identified as "stdin".</summary>
    private IEnumerable<Article> ReadStandardInput()
    {
        string text;
        using (var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false)))
        {
            text = stdin.ReadToEnd();
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            _ownErrors.Add(new ArticleReadError(ArticleInputs.StandardInput, "standard input is empty"));
            yield break;
        }

        yield return ArticleReader.FromText("stdin", text, "<stdin>");
    }
}
