namespace NewsGraph.Sparql.Algebra;

/// <summary>SPARQL expressions (§17), as data: the optimiser rewrites them, the evaluator compiles them.</summary>
public abstract record Expression;

public sealed record ConstantExpression(Term Value) : Expression
{
    public override string ToString() => Value.ToString();
}

public sealed record VariableExpression(Variable Variable) : Expression
{
    public override string ToString() => Variable.ToString();
}

/// <summary>Operators and built-in functions; <see cref="Function"/> names which one.</summary>
public sealed record CallExpression(Function Function, IReadOnlyList<Expression> Arguments) : Expression
{
    public override string ToString() => $"{Function}({string.Join(", ", Arguments)})";

    public bool Equals(CallExpression? other) =>
        other is not null && Function == other.Function && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Function, Arguments.Count);
}

/// <summary>A function named by IRI: XSD casts, or an extension function (unknown ones raise an error).</summary>
public sealed record IriCallExpression(Iri Function, IReadOnlyList<Expression> Arguments) : Expression
{
    public override string ToString() => $"{Function}({string.Join(", ", Arguments)})";

    public bool Equals(IriCallExpression? other) =>
        other is not null && Function.Equals(other.Function) && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Function, Arguments.Count);
}

/// <summary><c>EXISTS { … }</c> (or NOT EXISTS, as <see cref="Function.Not"/> around it).</summary>
public sealed record ExistsExpression(GraphPattern Pattern) : Expression
{
    public override string ToString() => $"(exists {AlgebraPrinter.Print(Pattern).Replace('\n', ' ')})";
}

/// <summary>An aggregate, before the translation replaces it with the variable that holds its value.</summary>
public sealed record AggregateExpression(Aggregate Aggregate) : Expression
{
    public override string ToString() => Aggregate.ToString();
}

public enum AggregateKind
{
    Count,
    Sum,
    Min,
    Max,
    Avg,
    Sample,
    GroupConcat,
}

/// <summary>An aggregate call; <see cref="Argument"/> is null for COUNT(*).</summary>
public sealed record Aggregate(AggregateKind Kind, bool Distinct, Expression? Argument, string? Separator)
{
    public override string ToString() =>
        $"{Kind}({(Distinct ? "distinct " : string.Empty)}{Argument?.ToString() ?? "*"}{(Separator is null ? string.Empty : $"; separator={Separator}")})";
}

/// <summary>The operators and built-in functions of SPARQL 1.1.</summary>
public enum Function
{
    // Logical and comparison operators.
    Or,
    And,
    Not,
    Equal,
    NotEqual,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
    In,
    NotIn,

    // Arithmetic.
    Add,
    Subtract,
    Multiply,
    Divide,
    UnaryPlus,
    UnaryMinus,

    // Functional forms and term functions.
    Bound,
    If,
    Coalesce,
    SameTerm,
    IsIri,
    IsBlank,
    IsLiteral,
    IsNumeric,
    Str,
    Lang,
    Datatype,
    Iri,
    BNode,
    StrDt,
    StrLang,
    Uuid,
    StrUuid,

    // Strings.
    StrLen,
    SubStr,
    UCase,
    LCase,
    StrStarts,
    StrEnds,
    Contains,
    StrBefore,
    StrAfter,
    EncodeForUri,
    Concat,
    LangMatches,
    Regex,
    Replace,

    // Numbers.
    Abs,
    Round,
    Ceil,
    Floor,
    Rand,

    // Dates and times.
    Now,
    Year,
    Month,
    Day,
    Hours,
    Minutes,
    Seconds,
    Timezone,
    Tz,

    // Hashes.
    Md5,
    Sha1,
    Sha256,
    Sha384,
    Sha512,
}
