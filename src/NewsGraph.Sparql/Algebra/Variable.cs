namespace NewsGraph.Sparql.Algebra;

/// <summary>
/// A query variable. Blank nodes in query patterns act as variables that cannot be projected;
/// they get names no user variable can have.
/// </summary>
public sealed record Variable(string Name)
{
    /// <summary>True for variables made from blank nodes or introduced by the translation.</summary>
    public bool IsHidden => Name.Length > 0 && !(char.IsLetterOrDigit(Name[0]) || Name[0] == '_' || Name[0] > 0x7F);

    public override string ToString() => "?" + Name;
}

/// <summary>A position in a triple pattern: a constant term or a variable.</summary>
public readonly record struct PatternTerm
{
    private PatternTerm(Term? term, Variable? variable)
    {
        Term = term;
        Variable = variable;
    }

    public Term? Term { get; }

    public Variable? Variable { get; }

    public bool IsVariable => Variable is not null;

    public static implicit operator PatternTerm(Term term) => new(term, null);

    public static implicit operator PatternTerm(Variable variable) => new(null, variable);

    public override string ToString() => Variable?.ToString() ?? Term!.ToString();
}

/// <summary>A triple pattern: subject, predicate and object, each a term or a variable.</summary>
public sealed record TriplePattern(PatternTerm Subject, PatternTerm Predicate, PatternTerm Object)
{
    public IEnumerable<Variable> Variables()
    {
        if (Subject.Variable is { } s)
        {
            yield return s;
        }

        if (Predicate.Variable is { } p)
        {
            yield return p;
        }

        if (Object.Variable is { } o)
        {
            yield return o;
        }
    }

    public override string ToString() => $"{Subject} {Predicate} {Object}";
}
