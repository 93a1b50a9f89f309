namespace NewsGraph.Sparql.Results;

/// <summary>
/// Collects solutions that arrive binding by binding (JSON, XML and result set graphs). A
/// variable that was not declared in the header is added when first bound rather than rejected,
/// so that no binding in a sloppy document is lost; rows are widened to match at the end.
/// </summary>
internal sealed class SolutionTable
{
    private readonly List<string> _variables = [];
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly List<Term?[]> _rows = [];
    private Term?[]? _row;

    public void Declare(string variable)
    {
        if (!TryDeclare(variable))
        {
            throw new FormatException($"variable ?{variable} is declared twice");
        }
    }

    public void StartRow() => _row = new Term?[_variables.Count];

    public void Bind(string variable, Term value)
    {
        var row = _row ?? throw new InvalidOperationException("a binding outside a row");
        TryDeclare(variable);
        var column = _columns[variable];
        if (column >= row.Length)
        {
            Array.Resize(ref row, _variables.Count);
            _row = row;
        }

        if (row[column] is not null)
        {
            throw new FormatException($"variable ?{variable} is bound twice in one solution");
        }

        row[column] = value;
    }

    public void EndRow()
    {
        _rows.Add(_row ?? throw new InvalidOperationException("no row was started"));
        _row = null;
    }

    public ParsedResults ToResults(bool ordered)
    {
        for (var i = 0; i < _rows.Count; i++)
        {
            if (_rows[i].Length < _variables.Count)
            {
                var row = _rows[i];
                Array.Resize(ref row, _variables.Count);
                _rows[i] = row;
            }
        }

        return new ParsedResults(_variables, _rows, null) { Ordered = ordered };
    }

    private bool TryDeclare(string variable)
    {
        if (variable.Length == 0)
        {
            throw new FormatException("a variable with an empty name");
        }

        if (_columns.ContainsKey(variable))
        {
            return false;
        }

        _columns.Add(variable, _variables.Count);
        _variables.Add(variable);
        return true;
    }
}
