using NewsGraph.Sparql.Algebra;

namespace NewsGraph.Sparql.Syntax;

/// <summary>Expressions (§17, grammar rules 110–129) and the variable-scope rules of §18.2.1.</summary>
internal sealed partial class SparqlParser
{
    private static readonly Dictionary<string, (Function Function, int Min, int Max)> BuiltIns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STR"] = (Function.Str, 1, 1),
        ["LANG"] = (Function.Lang, 1, 1),
        ["LANGMATCHES"] = (Function.LangMatches, 2, 2),
        ["DATATYPE"] = (Function.Datatype, 1, 1),
        ["IRI"] = (Function.Iri, 1, 1),
        ["URI"] = (Function.Iri, 1, 1),
        ["BNODE"] = (Function.BNode, 0, 1),
        ["RAND"] = (Function.Rand, 0, 0),
        ["ABS"] = (Function.Abs, 1, 1),
        ["CEIL"] = (Function.Ceil, 1, 1),
        ["FLOOR"] = (Function.Floor, 1, 1),
        ["ROUND"] = (Function.Round, 1, 1),
        ["CONCAT"] = (Function.Concat, 0, int.MaxValue),
        ["STRLEN"] = (Function.StrLen, 1, 1),
        ["UCASE"] = (Function.UCase, 1, 1),
        ["LCASE"] = (Function.LCase, 1, 1),
        ["ENCODE_FOR_URI"] = (Function.EncodeForUri, 1, 1),
        ["CONTAINS"] = (Function.Contains, 2, 2),
        ["STRSTARTS"] = (Function.StrStarts, 2, 2),
        ["STRENDS"] = (Function.StrEnds, 2, 2),
        ["STRBEFORE"] = (Function.StrBefore, 2, 2),
        ["STRAFTER"] = (Function.StrAfter, 2, 2),
        ["YEAR"] = (Function.Year, 1, 1),
        ["MONTH"] = (Function.Month, 1, 1),
        ["DAY"] = (Function.Day, 1, 1),
        ["HOURS"] = (Function.Hours, 1, 1),
        ["MINUTES"] = (Function.Minutes, 1, 1),
        ["SECONDS"] = (Function.Seconds, 1, 1),
        ["TIMEZONE"] = (Function.Timezone, 1, 1),
        ["TZ"] = (Function.Tz, 1, 1),
        ["NOW"] = (Function.Now, 0, 0),
        ["UUID"] = (Function.Uuid, 0, 0),
        ["STRUUID"] = (Function.StrUuid, 0, 0),
        ["MD5"] = (Function.Md5, 1, 1),
        ["SHA1"] = (Function.Sha1, 1, 1),
        ["SHA256"] = (Function.Sha256, 1, 1),
        ["SHA384"] = (Function.Sha384, 1, 1),
        ["SHA512"] = (Function.Sha512, 1, 1),
        ["COALESCE"] = (Function.Coalesce, 0, int.MaxValue),
        ["IF"] = (Function.If, 3, 3),
        ["STRLANG"] = (Function.StrLang, 2, 2),
        ["STRDT"] = (Function.StrDt, 2, 2),
        ["SAMETERM"] = (Function.SameTerm, 2, 2),
        ["ISIRI"] = (Function.IsIri, 1, 1),
        ["ISURI"] = (Function.IsIri, 1, 1),
        ["ISBLANK"] = (Function.IsBlank, 1, 1),
        ["ISLITERAL"] = (Function.IsLiteral, 1, 1),
        ["ISNUMERIC"] = (Function.IsNumeric, 1, 1),
        ["REGEX"] = (Function.Regex, 2, 3),
        ["SUBSTR"] = (Function.SubStr, 2, 3),
        ["REPLACE"] = (Function.Replace, 3, 4),
    };

    private static readonly Dictionary<string, AggregateKind> Aggregates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["COUNT"] = AggregateKind.Count,
        ["SUM"] = AggregateKind.Sum,
        ["MIN"] = AggregateKind.Min,
        ["MAX"] = AggregateKind.Max,
        ["AVG"] = AggregateKind.Avg,
        ["SAMPLE"] = AggregateKind.Sample,
        ["GROUP_CONCAT"] = AggregateKind.GroupConcat,
    };

    private static bool IsBuiltInName(Token t) =>
        t.Kind == TokenKind.Name && (BuiltIns.ContainsKey(t.Text) || Aggregates.ContainsKey(t.Text)
            || t.IsKeyword("BOUND") || t.IsKeyword("EXISTS") || (t.IsKeyword("NOT")));

    private Expression BrackettedExpression()
    {
        Expect("(");
        var e = Expression();
        Expect(")");
        return e;
    }

    private Expression Expression()
    {
        Enter();
        var left = AndExpression();
        var depth = 0;
        while (Accept("||"))
        {
            Chain(ref depth);
            left = new CallExpression(Function.Or, [left, AndExpression()]);
        }

        _nesting -= depth;
        Leave();
        return left;
    }

    private Expression AndExpression()
    {
        var left = RelationalExpression();
        var depth = 0;
        while (Accept("&&"))
        {
            Chain(ref depth);
            left = new CallExpression(Function.And, [left, RelationalExpression()]);
        }

        _nesting -= depth;
        return left;
    }

    private Expression RelationalExpression()
    {
        var left = AdditiveExpression();
        Function? op = Current.Kind == TokenKind.Punctuation ? Current.Text switch
        {
            "=" => Function.Equal,
            "!=" => Function.NotEqual,
            "<" => Function.Less,
            ">" => Function.Greater,
            "<=" => Function.LessOrEqual,
            ">=" => Function.GreaterOrEqual,
            _ => null,
        } : null;
        if (op is { } f)
        {
            _pos++;
            return new CallExpression(f, [left, AdditiveExpression()]);
        }

        if (AcceptKeyword("IN"))
        {
            return new CallExpression(Function.In, [left, .. ExpressionList()]);
        }

        if (Current.IsKeyword("NOT") && PeekToken().IsKeyword("IN"))
        {
            _pos += 2;
            return new CallExpression(Function.NotIn, [left, .. ExpressionList()]);
        }

        return left;
    }

    private List<Expression> ExpressionList()
    {
        if (Current.Kind == TokenKind.Nil)
        {
            _pos++;
            return [];
        }

        Expect("(");
        var list = new List<Expression> { Expression() };
        while (Accept(","))
        {
            list.Add(Expression());
        }

        Expect(")");
        return list;
    }

    private Expression AdditiveExpression()
    {
        var left = MultiplicativeExpression();
        var depth = 0;
        while (true)
        {
            if (Current.Is("+") || Current.Is("-"))
            {
                Chain(ref depth);
            }

            if (Accept("+"))
            {
                left = new CallExpression(Function.Add, [left, MultiplicativeExpression()]);
            }
            else if (Accept("-"))
            {
                left = new CallExpression(Function.Subtract, [left, MultiplicativeExpression()]);
            }
            else
            {
                _nesting -= depth;
                return left;
            }
        }
    }

    private Expression MultiplicativeExpression()
    {
        var left = UnaryExpression();
        var depth = 0;
        while (true)
        {
            if (Current.Is("*") || Current.Is("/"))
            {
                Chain(ref depth);
            }

            if (Accept("*"))
            {
                left = new CallExpression(Function.Multiply, [left, UnaryExpression()]);
            }
            else if (Accept("/"))
            {
                left = new CallExpression(Function.Divide, [left, UnaryExpression()]);
            }
            else
            {
                _nesting -= depth;
                return left;
            }
        }
    }

    private Expression UnaryExpression()
    {
        if (Accept("!"))
        {
            return new CallExpression(Function.Not, [PrimaryExpression()]);
        }

        if (Accept("+"))
        {
            return new CallExpression(Function.UnaryPlus, [PrimaryExpression()]);
        }

        if (Accept("-"))
        {
            return new CallExpression(Function.UnaryMinus, [PrimaryExpression()]);
        }

        return PrimaryExpression();
    }

    private Expression PrimaryExpression()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Punctuation when t.Text == "(":
                return BrackettedExpression();
            case TokenKind.Variable:
                _pos++;
                return new VariableExpression(new Variable(t.Text));
            case TokenKind.IriRef or TokenKind.PrefixedName:
                return IriOrFunction();
            case TokenKind.String:
                return new ConstantExpression(RdfLiteral());
            case TokenKind.Integer or TokenKind.Decimal or TokenKind.Double:
                return new ConstantExpression(NumericLiteral(string.Empty));
            case TokenKind.Name when t.IsKeyword("true") || t.IsKeyword("false"):
                _pos++;
                return new ConstantExpression(Literal.Typed(t.Text.ToLowerInvariant(), Vocab.Xsd.Boolean));
            case TokenKind.Name when IsBuiltInName(t):
                return BuiltInCall();
        }

        throw Expected("an expression");
    }

    private Expression IriOrFunction()
    {
        var iri = IriTerm();
        if (Current.Kind == TokenKind.Nil)
        {
            _pos++;
            return new IriCallExpression(iri, []);
        }

        if (!Current.Is("("))
        {
            return new ConstantExpression(iri);
        }

        _pos++;
        if (AcceptKeyword("DISTINCT"))
        {
            throw Error("DISTINCT is only allowed in aggregates");
        }

        var args = new List<Expression> { Expression() };
        while (Accept(","))
        {
            args.Add(Expression());
        }

        Expect(")");
        return new IriCallExpression(iri, args);
    }

    private Expression BuiltInCall()
    {
        var name = Advance();
        if (Aggregates.TryGetValue(name.Text, out var kind))
        {
            return AggregateCall(kind, name);
        }

        if (name.IsKeyword("BOUND"))
        {
            Expect("(");
            var v = ExpectVariable();
            Expect(")");
            return new CallExpression(Function.Bound, [new VariableExpression(v)]);
        }

        if (name.IsKeyword("EXISTS"))
        {
            return new ExistsExpression(GroupGraphPattern());
        }

        if (name.IsKeyword("NOT"))
        {
            ExpectKeyword("EXISTS");
            return new CallExpression(Function.Not, [new ExistsExpression(GroupGraphPattern())]);
        }

        if (!BuiltIns.TryGetValue(name.Text, out var builtIn))
        {
            throw Error($"expected a function, found '{name.Text}'", name);
        }

        var (function, min, max) = builtIn;
        var args = Current.Kind == TokenKind.Nil ? Skip(() => new List<Expression>()) : ExpressionList();
        if (args.Count < min || args.Count > max)
        {
            var arity = min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{min} to {(max == int.MaxValue ? "any" : max.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
            throw Error($"{name.Text.ToUpperInvariant()} takes {arity} argument(s), not {args.Count}", name);
        }

        return new CallExpression(function, args);
    }

    private T Skip<T>(Func<T> value)
    {
        _pos++;
        return value();
    }

    private Expression AggregateCall(AggregateKind kind, Token name)
    {
        if (_aggregates is null)
        {
            throw Error($"{name.Text.ToUpperInvariant()} is an aggregate: only allowed in SELECT, HAVING and ORDER BY", name);
        }

        Expect("(");
        var distinct = AcceptKeyword("DISTINCT");
        Expression? argument = null;
        string? separator = null;
        if (kind == AggregateKind.Count && Accept("*"))
        {
            argument = null;
        }
        else
        {
            // An aggregate's argument is evaluated per solution: aggregates cannot nest.
            var outer = _aggregates;
            _aggregates = null;
            argument = Expression();
            _aggregates = outer;
        }

        if (kind == AggregateKind.GroupConcat && Accept(";"))
        {
            ExpectKeyword("SEPARATOR");
            Expect("=");
            if (Current.Kind != TokenKind.String)
            {
                throw Expected("a string after SEPARATOR =");
            }

            separator = Advance().Text;
        }

        Expect(")");
        var aggregate = new Aggregate(kind, distinct, argument, separator);
        var existing = _aggregates.FirstOrDefault(a => a.Aggregate.Equals(aggregate));
        if (existing.Variable is not null)
        {
            return new VariableExpression(existing.Variable);
        }

        var variable = NewHidden("agg");
        _aggregates.Add((variable, aggregate));
        return new VariableExpression(variable);
    }

    // ---------------------------------------------------------------- variable scope (§18.2.1)

    /// <summary>The variables a pattern may bind (in-scope variables).</summary>
    internal static HashSet<Variable> InScope(GraphPattern pattern)
    {
        var set = new HashSet<Variable>();
        Collect(pattern, set);
        return set;

        static void Collect(GraphPattern p, HashSet<Variable> set)
        {
            switch (p)
            {
                case BgpPattern bgp:
                    foreach (var t in bgp.Patterns)
                    {
                        set.UnionWith(t.Variables());
                    }

                    break;
                case PathPattern path:
                    if (path.Subject.Variable is { } s)
                    {
                        set.Add(s);
                    }

                    if (path.Object.Variable is { } o)
                    {
                        set.Add(o);
                    }

                    break;
                case JoinPattern j:
                    Collect(j.Left, set);
                    Collect(j.Right, set);
                    break;
                case LeftJoinPattern lj:
                    Collect(lj.Left, set);
                    Collect(lj.Right, set);
                    break;
                case UnionPattern u:
                    Collect(u.Left, set);
                    Collect(u.Right, set);
                    break;
                case MinusPattern m:
                    Collect(m.Left, set);
                    break;
                case FilterPattern f:
                    Collect(f.Inner, set);
                    break;
                case GraphGraphPattern g:
                    if (g.Name.Variable is { } gv)
                    {
                        set.Add(gv);
                    }

                    Collect(g.Inner, set);
                    break;
                case ExtendPattern e:
                    Collect(e.Inner, set);
                    set.Add(e.Variable);
                    break;
                case ValuesPattern v:
                    set.UnionWith(v.Variables);
                    break;
                case GroupPattern g:
                    set.UnionWith(g.Keys.Select(k => k.Variable));
                    set.UnionWith(g.Aggregates.Select(a => a.Variable));
                    break;
                case ProjectPattern pr:
                    set.UnionWith(pr.Variables);
                    break;
                case OrderByPattern ob:
                    Collect(ob.Inner, set);
                    break;
                case DistinctPattern d:
                    Collect(d.Inner, set);
                    break;
                case ReducedPattern r:
                    Collect(r.Inner, set);
                    break;
                case SlicePattern sl:
                    Collect(sl.Inner, set);
                    break;
                case ServicePattern sv:
                    if (sv.Endpoint.Variable is { } ev)
                    {
                        set.Add(ev);
                    }

                    Collect(sv.Inner, set);
                    break;
            }
        }
    }

    /// <summary>In-scope variables a user can see (for SELECT *), in order of first appearance.</summary>
    private static List<Variable> VisibleVariables(GraphPattern pattern)
    {
        var ordered = new List<Variable>();
        var seen = new HashSet<Variable>();
        Walk(pattern);
        return ordered;

        void Add(Variable v)
        {
            if (!v.IsHidden && seen.Add(v))
            {
                ordered.Add(v);
            }
        }

        void Walk(GraphPattern p)
        {
            switch (p)
            {
                case BgpPattern bgp:
                    foreach (var t in bgp.Patterns)
                    {
                        foreach (var v in t.Variables())
                        {
                            Add(v);
                        }
                    }

                    break;
                case PathPattern path:
                    if (path.Subject.Variable is { } s)
                    {
                        Add(s);
                    }

                    if (path.Object.Variable is { } o)
                    {
                        Add(o);
                    }

                    break;
                case JoinPattern j:
                    Walk(j.Left);
                    Walk(j.Right);
                    break;
                case LeftJoinPattern lj:
                    Walk(lj.Left);
                    Walk(lj.Right);
                    break;
                case UnionPattern u:
                    Walk(u.Left);
                    Walk(u.Right);
                    break;
                case MinusPattern m:
                    Walk(m.Left);
                    break;
                case FilterPattern f:
                    Walk(f.Inner);
                    break;
                case GraphGraphPattern g:
                    if (g.Name.Variable is { } gv)
                    {
                        Add(gv);
                    }

                    Walk(g.Inner);
                    break;
                case ExtendPattern e:
                    Walk(e.Inner);
                    Add(e.Variable);
                    break;
                case ServicePattern sv:
                    Walk(sv.Inner);
                    break;
                default:
                    foreach (var v in InScope(p))
                    {
                        Add(v);
                    }

                    break;
            }
        }
    }

    private static IEnumerable<Variable> FreeVariables(Expression e) => e switch
    {
        VariableExpression v => [v.Variable],
        CallExpression c => c.Arguments.SelectMany(FreeVariables),
        IriCallExpression c => c.Arguments.SelectMany(FreeVariables),
        _ => [],
    };
}
