using System.Globalization;
using NewsGraph.Sparql.Algebra;

namespace NewsGraph.Sparql.Syntax;

/// <summary>
/// Recursive-descent parser for SPARQL 1.1 Query and Update (§19) that translates as it goes into
/// the algebra of §18: group patterns become joins, left joins, filters and extensions; solution
/// modifiers wrap the pattern; blank nodes in patterns become hidden variables.
/// The update grammar lives in the other half of this partial class.
/// </summary>
internal sealed partial class SparqlParser
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _blankLabelScopes = new(StringComparer.Ordinal);
    private int _pos;
    private string? _base;
    private int _hiddenCounter;
    private int _bgpScope;

    /// <summary>While parsing a template (CONSTRUCT, INSERT), blank nodes stay blank nodes.</summary>
    private bool _blankNodesAreTerms;

    /// <summary>Aggregates met in the current SELECT, HAVING or ORDER BY, each with the variable that will hold its value.</summary>
    private List<(Variable Variable, Aggregate Aggregate)>? _aggregates;

    private SparqlParser(string text, string? baseIri)
    {
        _text = text;
        _tokens = new Lexer(text).Tokenize();
        _base = baseIri;
    }

    public static Query ParseQuery(string text, string? baseIri = null)
    {
        var parser = new SparqlParser(text, baseIri);
        var query = parser.Query();
        parser.ExpectEnd();
        return query;
    }

    private Token Current => _tokens[_pos];

    private Token PeekToken(int ahead = 1) => _tokens[Math.Min(_pos + ahead, _tokens.Count - 1)];

    private SparqlSyntaxException Error(string detail, Token? at = null)
    {
        var t = at ?? Current;
        return new SparqlSyntaxException(t.Line, t.Column, detail);
    }

    private SparqlSyntaxException Expected(string what) => Error($"expected {what}, found {Current.Describe()}");

    private Token Advance() => _tokens[_pos++];

    /// <summary>
    /// How deep groups, brackets and operator chains may nest. Parsing and evaluation recurse once
    /// per level, so deeper input is refused as a syntax error instead of exhausting the stack.
    /// </summary>
    private const int MaxNesting = 250;

    /// <summary>Join ordering looks at every pair of patterns in a group, so a group's size is bounded too.</summary>
    private const int MaxTriplePatterns = 1000;

    private int _nesting;

    private void Enter()
    {
        if (++_nesting > MaxNesting)
        {
            throw Error($"the query nests more than {MaxNesting} levels deep");
        }
    }

    private void Leave() => _nesting--;

    /// <summary>Each link of an operator chain (a || b || c …) deepens the tree built from it by one level.</summary>
    private void Chain(ref int depth)
    {
        depth++;
        Enter();
    }

    private bool Accept(string punctuation)
    {
        if (Current.Is(punctuation))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private bool AcceptKeyword(string keyword)
    {
        if (Current.IsKeyword(keyword))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void Expect(string punctuation)
    {
        if (!Accept(punctuation))
        {
            throw Expected($"'{punctuation}'");
        }
    }

    private void ExpectKeyword(string keyword)
    {
        if (!AcceptKeyword(keyword))
        {
            throw Expected(keyword);
        }
    }

    private void ExpectEnd()
    {
        if (Current.Kind != TokenKind.End)
        {
            throw Expected("the end of the query");
        }
    }

    private Variable NewHidden(string kind) => new($".{kind}{_hiddenCounter++}");

    // ---------------------------------------------------------------- prologue and query forms

    private void Prologue()
    {
        while (true)
        {
            if (AcceptKeyword("BASE"))
            {
                _base = ResolveIri(ExpectIriRef());
            }
            else if (AcceptKeyword("PREFIX"))
            {
                var t = Current;
                if (t.Kind != TokenKind.PrefixedName || t.Text.IndexOf(':') != t.Text.Length - 1)
                {
                    throw Expected("a prefix name ending in ':'");
                }

                _pos++;
                _prefixes[t.Text[..^1]] = ResolveIri(ExpectIriRef());
            }
            else
            {
                return;
            }
        }
    }

    private string ExpectIriRef()
    {
        if (Current.Kind != TokenKind.IriRef)
        {
            throw Expected("an IRI in <>");
        }

        return Advance().Text;
    }

    private Query Query()
    {
        Prologue();
        Query query;
        if (Current.IsKeyword("SELECT"))
        {
            query = SelectQuery();
        }
        else if (AcceptKeyword("CONSTRUCT"))
        {
            query = ConstructQuery();
        }
        else if (AcceptKeyword("DESCRIBE"))
        {
            query = DescribeQuery();
        }
        else if (AcceptKeyword("ASK"))
        {
            var dataset = DatasetClauses();
            var where = WhereClause();
            var pattern = SolutionModifiers(where);
            query = new Query(QueryForm.Ask, pattern, [], [], [], dataset, _base);
        }
        else
        {
            throw Expected("SELECT, CONSTRUCT, DESCRIBE or ASK");
        }

        var values = ValuesClause();
        return values is null ? query : query with { Pattern = AddValues(query.Pattern, values) };
    }

    /// <summary>The trailing VALUES of a query joins with the pattern inside the modifiers' projection and slicing.</summary>
    private static GraphPattern AddValues(GraphPattern pattern, ValuesPattern values) => pattern switch
    {
        SlicePattern s => s with { Inner = AddValues(s.Inner, values) },
        DistinctPattern d => d with { Inner = AddValues(d.Inner, values) },
        ReducedPattern r => r with { Inner = AddValues(r.Inner, values) },
        ProjectPattern p => p with { Inner = AddValues(p.Inner, values) },
        OrderByPattern o => o with { Inner = AddValues(o.Inner, values) },
        _ => new JoinPattern(pattern, values),
    };

    private Query SelectQuery()
    {
        var select = SelectClause();
        var dataset = DatasetClauses();
        var where = WhereClause();
        var pattern = FinishSelect(select, where, out var projection);
        return new Query(QueryForm.Select, pattern, projection, [], [], dataset, _base);
    }

    private sealed record SelectClauseData(bool Distinct, bool Reduced, bool Star, List<(Variable Variable, Expression? Expression)> Items, List<(Variable, Aggregate)> Aggregates, Token Start);

    private SelectClauseData SelectClause()
    {
        var start = Current;
        ExpectKeyword("SELECT");
        var distinct = AcceptKeyword("DISTINCT");
        var reduced = !distinct && AcceptKeyword("REDUCED");
        var items = new List<(Variable, Expression?)>();
        var selected = new HashSet<Variable>();
        var expressions = 0;
        var saved = _aggregates;
        _aggregates = [];
        var star = false;
        if (Accept("*"))
        {
            star = true;
        }
        else
        {
            while (true)
            {
                if (Current.Kind == TokenKind.Variable)
                {
                    var v = new Variable(Advance().Text);
                    if (!selected.Add(v))
                    {
                        throw Error($"?{v.Name} is selected twice", PeekToken(-1));
                    }

                    items.Add((v, null));
                }
                else if (Current.Is("("))
                {
                    _pos++;
                    var e = Expression();
                    ExpectKeyword("AS");
                    var varToken = Current;
                    var v = ExpectVariable();
                    Expect(")");
                    if (!selected.Add(v))
                    {
                        throw Error($"?{v.Name} is selected twice", varToken);
                    }

                    if (++expressions > MaxNesting)
                    {
                        throw Error($"more than {MaxNesting} expressions in one SELECT clause", start);
                    }

                    items.Add((v, e));
                }
                else
                {
                    break;
                }
            }

            if (items.Count == 0)
            {
                throw Expected("'*', a variable or '(expression AS ?var)' after SELECT");
            }

        }

        var aggregates = _aggregates;
        _aggregates = saved;
        return new SelectClauseData(distinct, reduced, star, items, aggregates, start);
    }

    private Variable ExpectVariable()
    {
        if (Current.Kind != TokenKind.Variable)
        {
            throw Expected("a variable");
        }

        return new Variable(Advance().Text);
    }

    /// <summary>Solution modifiers and the SELECT clause's expressions, projection and DISTINCT (§18.2.4–18.2.5).</summary>
    private GraphPattern FinishSelect(SelectClauseData select, GraphPattern where, out IReadOnlyList<Variable> projection)
    {
        var saved = _aggregates;
        _aggregates = select.Aggregates;
        var pattern = SolutionModifierCore(where, out var grouped, out var groupKeys, out var orderBy, out var slice);
        var aggregates = _aggregates;
        _aggregates = saved;

        if (select.Star)
        {
            if (grouped)
            {
                throw Error("SELECT * cannot be used with GROUP BY or aggregates", select.Start);
            }

            projection = VisibleVariables(where);
        }
        else
        {
            projection = select.Items.Select(i => i.Variable).ToList();
        }

        var inScope = new HashSet<Variable>(grouped ? groupKeys : InScope(where));
        foreach (var (variable, expression) in select.Items)
        {
            if (expression is null)
            {
                if (grouped && !inScope.Contains(variable))
                {
                    throw Error($"?{variable.Name} is selected but neither grouped nor aggregated", select.Start);
                }

                continue;
            }

            if (inScope.Contains(variable))
            {
                throw Error($"?{variable.Name} is already bound where SELECT assigns it", select.Start);
            }

            if (grouped)
            {
                foreach (var v in FreeVariables(expression))
                {
                    if (!inScope.Contains(v) && !aggregates.Any(a => a.Variable == v))
                    {
                        throw Error($"?{v.Name} is used in a SELECT expression but neither grouped nor aggregated", select.Start);
                    }
                }
            }

            pattern = new ExtendPattern(pattern, variable, expression);
            inScope.Add(variable);
        }

        if (orderBy is not null)
        {
            pattern = new OrderByPattern(pattern, orderBy);
        }

        pattern = new ProjectPattern(pattern, projection);
        if (select.Distinct)
        {
            pattern = new DistinctPattern(pattern);
        }
        else if (select.Reduced)
        {
            pattern = new ReducedPattern(pattern);
        }

        if (slice is { } s)
        {
            pattern = new SlicePattern(pattern, s.Offset, s.Limit);
        }

        return pattern;
    }

    /// <summary>GROUP BY, HAVING, ORDER BY and LIMIT/OFFSET for CONSTRUCT, DESCRIBE and ASK.</summary>
    private GraphPattern SolutionModifiers(GraphPattern where)
    {
        var saved = _aggregates;
        _aggregates = [];
        var pattern = SolutionModifierCore(where, out _, out _, out var orderBy, out var slice);
        _aggregates = saved;
        if (orderBy is not null)
        {
            pattern = new OrderByPattern(pattern, orderBy);
        }

        if (slice is { } s)
        {
            pattern = new SlicePattern(pattern, s.Offset, s.Limit);
        }

        return pattern;
    }

    private GraphPattern SolutionModifierCore(
        GraphPattern where,
        out bool grouped,
        out List<Variable> groupKeys,
        out List<OrderCondition>? orderBy,
        out (long Offset, long? Limit)? slice)
    {
        var keys = new List<(Variable, Expression)>();
        groupKeys = [];
        var hasGroupBy = false;
        if (Current.IsKeyword("GROUP") && PeekToken().IsKeyword("BY"))
        {
            _pos += 2;
            hasGroupBy = true;
            if (!IsGroupConditionStart())
            {
                throw Expected("a GROUP BY condition (variable, function call or '(expression)')");
            }

            do
            {
                var (variable, expression) = GroupCondition();
                keys.Add((variable, expression));

                // A key without a name of its own (GROUP BY STR(?x)) cannot be selected by name.
                if (!variable.IsHidden)
                {
                    groupKeys.Add(variable);
                }
            }
            while (IsGroupConditionStart());
        }

        var having = new List<Expression>();
        if (AcceptKeyword("HAVING"))
        {
            do
            {
                having.Add(Constraint());
            }
            while (IsConstraintStart());
        }

        orderBy = null;
        if (Current.IsKeyword("ORDER") && PeekToken().IsKeyword("BY"))
        {
            _pos += 2;
            orderBy = [];
            do
            {
                orderBy.Add(OrderCondition());
            }
            while (IsOrderConditionStart());
        }

        slice = LimitOffset();

        grouped = hasGroupBy || _aggregates!.Count > 0;
        var pattern = where;
        if (grouped)
        {
            pattern = new GroupPattern(pattern, keys, _aggregates!.ToList());
            foreach (var h in having)
            {
                pattern = new FilterPattern(h, pattern);
            }
        }
        else if (having.Count > 0)
        {
            foreach (var h in having)
            {
                pattern = new FilterPattern(h, pattern);
            }
        }

        return pattern;
    }

    private bool IsGroupConditionStart() =>
        Current.Kind == TokenKind.Variable || Current.Is("(") || Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName || IsBuiltInName(Current);

    private (Variable, Expression) GroupCondition()
    {
        if (Current.Kind == TokenKind.Variable)
        {
            var v = new Variable(Advance().Text);
            return (v, new VariableExpression(v));
        }

        if (Accept("("))
        {
            var e = Expression();
            Variable v;
            if (AcceptKeyword("AS"))
            {
                v = ExpectVariable();
            }
            else
            {
                v = e is VariableExpression ve ? ve.Variable : NewHidden("group");
            }

            Expect(")");
            return (v, e);
        }

        var call = Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName ? IriOrFunction() : BuiltInCall();
        return (NewHidden("group"), call);
    }

    private bool IsConstraintStart() => Current.Is("(") || Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName || IsBuiltInName(Current);

    private Expression Constraint()
    {
        if (Current.Is("("))
        {
            return BrackettedExpression();
        }

        if (Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName)
        {
            var e = IriOrFunction();
            if (e is ConstantExpression)
            {
                throw Expected("a function call");
            }

            return e;
        }

        if (IsBuiltInName(Current))
        {
            return BuiltInCall();
        }

        throw Expected("a constraint: '(expression)' or a function call");
    }

    private bool IsOrderConditionStart() => Current.IsKeyword("ASC") || Current.IsKeyword("DESC") || Current.Kind == TokenKind.Variable || IsConstraintStart();

    private OrderCondition OrderCondition()
    {
        if (AcceptKeyword("ASC"))
        {
            return new OrderCondition(BrackettedExpression(), false);
        }

        if (AcceptKeyword("DESC"))
        {
            return new OrderCondition(BrackettedExpression(), true);
        }

        if (Current.Kind == TokenKind.Variable)
        {
            return new OrderCondition(new VariableExpression(new Variable(Advance().Text)), false);
        }

        return new OrderCondition(Constraint(), false);
    }

    private (long Offset, long? Limit)? LimitOffset()
    {
        long? limit = null;
        long? offset = null;
        for (var i = 0; i < 2; i++)
        {
            if (limit is null && AcceptKeyword("LIMIT"))
            {
                limit = ExpectInteger();
            }
            else if (offset is null && AcceptKeyword("OFFSET"))
            {
                offset = ExpectInteger();
            }
        }

        return limit is null && offset is null ? null : (offset ?? 0, limit);
    }

    private long ExpectInteger()
    {
        if (Current.Kind != TokenKind.Integer)
        {
            throw Expected("an integer");
        }

        return long.TryParse(Advance().Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
    }

    private QueryDataset? DatasetClauses()
    {
        List<Iri>? defaults = null;
        List<Iri>? named = null;
        while (AcceptKeyword("FROM"))
        {
            if (AcceptKeyword("NAMED"))
            {
                (named ??= []).Add(IriTerm());
            }
            else
            {
                (defaults ??= []).Add(IriTerm());
            }
        }

        return defaults is null && named is null ? null : new QueryDataset(defaults ?? [], named ?? []);
    }

    private GraphPattern WhereClause()
    {
        AcceptKeyword("WHERE");
        return GroupGraphPattern();
    }

    private Query ConstructQuery()
    {
        List<TriplePattern> template;
        QueryDataset? dataset;
        GraphPattern where;
        if (Current.Is("{"))
        {
            template = ConstructTemplate();
            dataset = DatasetClauses();
            where = WhereClause();
        }
        else
        {
            // CONSTRUCT WHERE { triples }: the pattern is its own template (no blank nodes allowed).
            dataset = DatasetClauses();
            ExpectKeyword("WHERE");
            Expect("{");
            var triples = new List<TriplePattern>();
            if (!Current.Is("}"))
            {
                TriplesTemplate(triples, allowPaths: false);
            }

            Expect("}");
            if (triples.Any(t => t.Variables().Any(v => v.IsHidden)))
            {
                throw Error("CONSTRUCT WHERE cannot use blank nodes");
            }

            template = triples;
            where = new BgpPattern(triples);
        }

        var pattern = SolutionModifiers(where);
        return new Query(QueryForm.Construct, pattern, [], template, [], dataset, _base);
    }

    private List<TriplePattern> ConstructTemplate()
    {
        Expect("{");
        var triples = new List<TriplePattern>();
        var saved = _blankNodesAreTerms;
        _blankNodesAreTerms = true;
        if (!Current.Is("}"))
        {
            TriplesTemplate(triples, allowPaths: false);
        }

        _blankNodesAreTerms = saved;
        Expect("}");
        return triples;
    }

    /// <summary>Triples separated by '.', as in CONSTRUCT and update templates.</summary>
    private void TriplesTemplate(List<TriplePattern> into, bool allowPaths)
    {
        while (true)
        {
            TriplesSameSubject(into, allowPaths);
            if (!Accept("."))
            {
                return;
            }

            if (!IsTriplesStart())
            {
                return;
            }
        }
    }

    private Query DescribeQuery()
    {
        var targets = new List<PatternTerm>();
        if (!Accept("*"))
        {
            while (Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName)
            {
                targets.Add(Current.Kind == TokenKind.Variable ? new Variable(Advance().Text) : IriTerm());
            }

            if (targets.Count == 0)
            {
                throw Expected("'*', a variable or an IRI after DESCRIBE");
            }
        }

        var dataset = DatasetClauses();
        GraphPattern where = BgpPattern.Empty;
        if (Current.IsKeyword("WHERE") || Current.Is("{"))
        {
            where = WhereClause();
        }

        var star = targets.Count == 0;
        var pattern = SolutionModifiers(where);
        if (star)
        {
            targets.AddRange(VisibleVariables(where).Select(v => (PatternTerm)v));
        }

        var projection = targets.Where(t => t.IsVariable).Select(t => t.Variable!).ToList();
        return new Query(QueryForm.Describe, pattern, projection, [], targets, dataset, _base);
    }

    private ValuesPattern? ValuesClause() => AcceptKeyword("VALUES") ? DataBlock() : null;

    // ---------------------------------------------------------------- group graph patterns

    private GraphPattern GroupGraphPattern()
    {
        Enter();
        Expect("{");
        _bgpScope++;
        GraphPattern result;
        if (Current.IsKeyword("SELECT"))
        {
            result = SubSelect();
        }
        else
        {
            result = GroupGraphPatternSub();
        }

        Expect("}");
        _bgpScope++;
        Leave();
        return result;
    }

    private GraphPattern SubSelect()
    {
        var select = SelectClause();
        var where = WhereClause();
        var pattern = FinishSelect(select, where, out _);
        var values = ValuesClause();
        return values is null ? pattern : AddValues(pattern, values);
    }

    private GraphPattern GroupGraphPatternSub()
    {
        GraphPattern group = BgpPattern.Empty;
        var filters = new List<Expression>();
        var triples = new List<TriplePattern>();
        var paths = new List<GraphPattern>();

        // Each element after the first wraps the pattern so far in one more operator.
        var depth = 0;

        void FlushTriples()
        {
            if (triples.Count == 0 && paths.Count == 0)
            {
                return;
            }

            Chain(ref depth);

            GraphPattern block = new BgpPattern(triples.ToList());
            foreach (var p in paths)
            {
                block = block is BgpPattern { Patterns.Count: 0 } ? p : new JoinPattern(block, p);
            }

            group = Join(group, block);
            triples.Clear();
            paths.Clear();
        }

        while (true)
        {
            if (IsTriplesStart())
            {
                TriplesSameSubjectPath(triples, paths);
                if (triples.Count + paths.Count > MaxTriplePatterns)
                {
                    throw Error($"more than {MaxTriplePatterns} triple patterns in one group");
                }

                if (Accept("."))
                {
                    continue;
                }

                if (IsTriplesStart())
                {
                    throw Expected("'.' between triples");
                }

                continue;
            }

            Chain(ref depth);
            if (AcceptKeyword("FILTER"))
            {
                filters.Add(Constraint());
            }
            else if (AcceptKeyword("OPTIONAL"))
            {
                FlushTriples();
                var inner = GroupGraphPattern();
                group = inner is FilterPattern f
                    ? new LeftJoinPattern(group, f.Inner, f.Condition)
                    : new LeftJoinPattern(group, inner, null);
            }
            else if (AcceptKeyword("MINUS"))
            {
                FlushTriples();
                group = new MinusPattern(group, GroupGraphPattern());
            }
            else if (AcceptKeyword("GRAPH"))
            {
                FlushTriples();
                var name = VarOrIri();
                group = Join(group, new GraphGraphPattern(name, GroupGraphPattern()));
            }
            else if (AcceptKeyword("SERVICE"))
            {
                FlushTriples();
                var silent = AcceptKeyword("SILENT");
                var endpoint = VarOrIri();
                var open = Current;
                var inner = GroupGraphPattern();
                group = Join(group, new ServicePattern(endpoint, inner, silent, RemoteQuery(open, _tokens[_pos - 1])));
            }
            else if (AcceptKeyword("BIND"))
            {
                FlushTriples();
                Expect("(");
                var e = Expression();
                ExpectKeyword("AS");
                var at = Current;
                var v = ExpectVariable();
                Expect(")");
                if (InScope(group).Contains(v))
                {
                    throw Error($"BIND assigns ?{v.Name}, which is already bound in this group", at);
                }

                group = new ExtendPattern(group, v, e);
                _bgpScope++;
            }
            else if (AcceptKeyword("VALUES"))
            {
                FlushTriples();
                group = Join(group, DataBlock());
                _bgpScope++;
            }
            else if (Current.Is("{"))
            {
                FlushTriples();
                var first = GroupGraphPattern();
                while (AcceptKeyword("UNION"))
                {
                    Chain(ref depth);
                    first = new UnionPattern(first, GroupGraphPattern());
                }

                group = Join(group, first);
            }
            else
            {
                depth--;
                _nesting--;
                break;
            }

            Accept(".");
        }

        FlushTriples();
        _nesting -= depth;
        if (filters.Count > 0)
        {
            var condition = filters[0];
            for (var i = 1; i < filters.Count; i++)
            {
                condition = new CallExpression(Function.And, [condition, filters[i]]);
            }

            group = new FilterPattern(condition, group);
        }

        return group;
    }

    private static GraphPattern Join(GraphPattern left, GraphPattern right) =>
        left is BgpPattern { Patterns.Count: 0 } && right is FilterPattern ? new JoinPattern(left, right)
        : left is BgpPattern { Patterns.Count: 0 } ? right
        : right is BgpPattern { Patterns.Count: 0 } ? left
        : left is BgpPattern l && right is BgpPattern r ? new BgpPattern(l.Patterns.Concat(r.Patterns).ToList())
        : new JoinPattern(left, right);

    private ValuesPattern DataBlock()
    {
        var variables = new List<Variable>();
        var rows = new List<Term?[]>();
        if (Current.Kind == TokenKind.Variable)
        {
            variables.Add(new Variable(Advance().Text));
            Expect("{");
            while (!Current.Is("}"))
            {
                rows.Add([DataBlockValue()]);
            }

            Expect("}");
        }
        else if (Current.Kind == TokenKind.Nil || Current.Is("("))
        {
            if (!Accept("("))
            {
                _pos++;
            }
            else
            {
                while (Current.Kind == TokenKind.Variable)
                {
                    variables.Add(new Variable(Advance().Text));
                }

                Expect(")");
            }

            Expect("{");
            while (!Current.Is("}"))
            {
                if (Current.Kind == TokenKind.Nil)
                {
                    _pos++;
                    if (variables.Count != 0)
                    {
                        throw Error($"a VALUES row needs {variables.Count} values");
                    }

                    rows.Add([]);
                    continue;
                }

                var at = Current;
                Expect("(");
                var row = new List<Term?>();
                while (!Current.Is(")"))
                {
                    row.Add(DataBlockValue());
                }

                Expect(")");
                if (row.Count != variables.Count)
                {
                    throw Error($"a VALUES row needs {variables.Count} values, this one has {row.Count}", at);
                }

                rows.Add(row.ToArray());
            }

            Expect("}");
        }
        else
        {
            throw Expected("a variable or '(' after VALUES");
        }

        return new ValuesPattern(variables, rows);
    }

    private Term? DataBlockValue()
    {
        if (AcceptKeyword("UNDEF"))
        {
            return null;
        }

        var t = Current;
        var term = GraphTermOrVar(allowVariables: false);
        return term.Term is BlankNode ? throw Error("blank nodes are not allowed in VALUES", t) : term.Term;
    }

    // ---------------------------------------------------------------- triples

    private bool IsTriplesStart() =>
        Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName or TokenKind.BlankNodeLabel
            or TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double or TokenKind.Nil or TokenKind.Anon
        || Current.Is("[") || Current.Is("(") || Current.Is("+") || Current.Is("-")
        || Current.IsKeyword("true") || Current.IsKeyword("false");

    /// <summary>Triples in a WHERE clause: predicates may be property paths.</summary>
    private void TriplesSameSubjectPath(List<TriplePattern> triples, List<GraphPattern> paths)
    {
        var sink = new TripleSink(this, triples, paths);
        if (Current.Is("[") || Current.Is("("))
        {
            var subject = TriplesNode(sink);
            if (IsVerbStart())
            {
                PropertyListPath(subject, sink);
            }
        }
        else
        {
            var subject = VarOrTerm();
            PropertyListPath(subject, sink);
        }
    }

    /// <summary>Triples in a template (CONSTRUCT, INSERT, DELETE): plain predicates only.</summary>
    private void TriplesSameSubject(List<TriplePattern> triples, bool allowPaths)
    {
        var paths = new List<GraphPattern>();
        TriplesSameSubjectPath(triples, paths);
        if (!allowPaths && paths.Count > 0)
        {
            throw Error("property paths are not allowed in a template");
        }
    }

    /// <summary>Receives the triples the parser produces, turning simple paths into triple patterns.</summary>
    private sealed class TripleSink(SparqlParser parser, List<TriplePattern> triples, List<GraphPattern> paths)
    {
        public void Add(PatternTerm subject, PathOrVariable verb, PatternTerm obj)
        {
            if (verb.Variable is { } v)
            {
                triples.Add(new TriplePattern(subject, v, obj));
            }
            else
            {
                AddPath(subject, verb.Path!, obj);
            }
        }

        private void AddPath(PatternTerm subject, PropertyPath path, PatternTerm obj)
        {
            switch (path)
            {
                case LinkPath link:
                    triples.Add(new TriplePattern(subject, link.Predicate, obj));
                    break;
                case InversePath { Path: LinkPath inverse }:
                    triples.Add(new TriplePattern(obj, inverse.Predicate, subject));
                    break;
                case SequencePath seq:
                    var middle = parser.NewHidden("path");
                    AddPath(subject, seq.First, middle);
                    AddPath(middle, seq.Second, obj);
                    break;
                default:
                    paths.Add(new PathPattern(subject, path, obj));
                    break;
            }
        }
    }

    /// <summary>A verb: a variable, or a property path (a plain IRI is a one-step path).</summary>
    private readonly record struct PathOrVariable(Variable? Variable, PropertyPath? Path);

    private bool IsVerbStart() =>
        Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName
        || Current.IsKeyword("a") || Current.Is("^") || Current.Is("(") || Current.Is("!");

    private void PropertyListPath(PatternTerm subject, TripleSink sink)
    {
        while (true)
        {
            PathOrVariable verb;
            if (Current.Kind == TokenKind.Variable)
            {
                verb = new PathOrVariable(new Variable(Advance().Text), null);
            }
            else if (IsVerbStart())
            {
                verb = new PathOrVariable(null, Path());
            }
            else
            {
                throw Expected("a predicate (IRI, 'a', variable or property path)");
            }

            ObjectList(subject, verb, sink);
            if (!Accept(";"))
            {
                return;
            }

            while (Accept(";"))
            {
            }

            if (!IsVerbStart())
            {
                return;
            }
        }
    }

    private void ObjectList(PatternTerm subject, PathOrVariable verb, TripleSink sink)
    {
        do
        {
            var obj = GraphNode(sink);
            sink.Add(subject, verb, obj);
        }
        while (Accept(","));
    }

    private PatternTerm GraphNode(TripleSink sink) =>
        Current.Is("[") || Current.Is("(") ? TriplesNode(sink) : VarOrTerm();

    /// <summary>A blank node property list or a collection, producing its triples into the sink.</summary>
    private PatternTerm TriplesNode(TripleSink sink)
    {
        Enter();
        if (Accept("["))
        {
            var node = NewBlankNode();
            PropertyListPath(node, sink);
            Expect("]");
            Leave();
            return node;
        }

        Expect("(");
        var items = new List<PatternTerm>();
        while (!Current.Is(")"))
        {
            items.Add(GraphNode(sink));
        }

        Expect(")");
        Leave();
        PatternTerm head = Vocab.Rdf.Nil;
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var cell = NewBlankNode();
            sink.Add(cell, new PathOrVariable(null, new LinkPath(Vocab.Rdf.First)), items[i]);
            sink.Add(cell, new PathOrVariable(null, new LinkPath(Vocab.Rdf.Rest)), head);
            head = cell;
        }

        return head;
    }

    private PatternTerm NewBlankNode() =>
        _blankNodesAreTerms ? BlankNode.Fresh() : NewHidden("anon");

    private PatternTerm VarOrTerm() => GraphTermOrVar(allowVariables: true);

    private PatternTerm VarOrIri()
    {
        if (Current.Kind == TokenKind.Variable)
        {
            return new Variable(Advance().Text);
        }

        return IriTerm();
    }

    private PatternTerm GraphTermOrVar(bool allowVariables)
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Variable when allowVariables:
                _pos++;
                return new Variable(t.Text);
            case TokenKind.IriRef or TokenKind.PrefixedName:
                return IriTerm();
            case TokenKind.BlankNodeLabel:
                _pos++;
                return BlankNodeLabel(t);
            case TokenKind.Anon:
                _pos++;
                return NewBlankNode();
            case TokenKind.Nil:
                _pos++;
                return Vocab.Rdf.Nil;
            case TokenKind.String:
                return RdfLiteral();
            case TokenKind.Integer or TokenKind.Decimal or TokenKind.Double:
                return NumericLiteral(string.Empty);
            case TokenKind.Punctuation when t.Text is "+" or "-" && PeekToken().Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double:
                _pos++;
                return NumericLiteral(t.Text == "-" ? "-" : "+");
            case TokenKind.Name when t.IsKeyword("true") || t.IsKeyword("false"):
                _pos++;
                return Literal.Typed(t.Text.ToLowerInvariant(), Vocab.Xsd.Boolean);
        }

        throw Expected(allowVariables ? "a variable or an RDF term" : "an RDF term");
    }

    private PatternTerm BlankNodeLabel(Token t)
    {
        if (_blankNodesAreTerms)
        {
            return BlankNodeForLabel(t.Text);
        }

        if (_blankLabelScopes.TryGetValue(t.Text, out var scope) && scope != _bgpScope)
        {
            throw Error($"the blank node label _:{t.Text} is used in two different basic graph patterns", t);
        }

        _blankLabelScopes[t.Text] = _bgpScope;
        return new Variable(".b" + t.Text);
    }

    private readonly Dictionary<string, BlankNode> _templateBlankNodes = new(StringComparer.Ordinal);

    private BlankNode BlankNodeForLabel(string label)
    {
        if (!_templateBlankNodes.TryGetValue(label, out var node))
        {
            node = BlankNode.Fresh();
            _templateBlankNodes[label] = node;
        }

        return node;
    }

    private Literal RdfLiteral()
    {
        var lexical = Advance().Text;
        if (Current.Kind == TokenKind.LangTag)
        {
            return Literal.LangString(lexical, Advance().Text);
        }

        if (Accept("^^"))
        {
            var at = Current;
            var datatype = IriTerm();
            return datatype.Equals(Vocab.Rdf.LangString)
                ? throw Error("rdf:langString literals need a language tag, not a datatype", at)
                : Literal.Typed(lexical, datatype);
        }

        return Literal.Simple(lexical);
    }

    private Literal NumericLiteral(string sign)
    {
        var t = Advance();
        var datatype = t.Kind switch
        {
            TokenKind.Integer => Vocab.Xsd.Integer,
            TokenKind.Decimal => Vocab.Xsd.Decimal,
            _ => Vocab.Xsd.Double,
        };
        return Literal.Typed(sign + t.Text, datatype);
    }

    private Iri IriTerm()
    {
        var t = Current;
        if (t.Kind == TokenKind.IriRef)
        {
            _pos++;
            return new Iri(ResolveIri(t.Text));
        }

        if (t.Kind == TokenKind.PrefixedName)
        {
            _pos++;
            var colon = t.Text.IndexOf(':');
            var prefix = t.Text[..colon];
            if (!_prefixes.TryGetValue(prefix, out var ns))
            {
                throw Error($"undefined prefix '{prefix}:'", t);
            }

            return new Iri(ns + t.Text[(colon + 1)..]);
        }

        throw Expected("an IRI");
    }

    private string ResolveIri(string iri) => IriReference.IsAbsolute(iri) && !iri.Contains("/.", StringComparison.Ordinal) ? iri : IriReference.Resolve(_base, iri);

    // ---------------------------------------------------------------- property paths

    private PropertyPath Path()
    {
        var path = PathSequence();
        var depth = 0;
        while (Accept("|"))
        {
            Chain(ref depth);
            path = new AlternativePath(path, PathSequence());
        }

        _nesting -= depth;
        return path;
    }

    private PropertyPath PathSequence()
    {
        var path = PathEltOrInverse();
        var depth = 0;
        while (Accept("/"))
        {
            Chain(ref depth);
            path = new SequencePath(path, PathEltOrInverse());
        }

        _nesting -= depth;
        return path;
    }

    private PropertyPath PathEltOrInverse()
    {
        if (Accept("^"))
        {
            return new InversePath(PathElt());
        }

        return PathElt();
    }

    private PropertyPath PathElt()
    {
        var primary = PathPrimary();

        // A path modifier must follow its primary directly; '?' then a name would be a variable.
        if (Current.Is("*"))
        {
            _pos++;
            return new ZeroOrMorePath(primary);
        }

        if (Current.Is("+"))
        {
            _pos++;
            return new OneOrMorePath(primary);
        }

        if (Current.Is("?"))
        {
            _pos++;
            return new ZeroOrOnePath(primary);
        }

        return primary;
    }

    private PropertyPath PathPrimary()
    {
        if (AcceptKeyword("a"))
        {
            return new LinkPath(Vocab.Rdf.Type);
        }

        if (Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName)
        {
            return new LinkPath(IriTerm());
        }

        if (Accept("!"))
        {
            return NegatedPropertySet();
        }

        if (Accept("("))
        {
            Enter();
            var p = Path();
            Expect(")");
            Leave();
            return p;
        }

        throw Expected("a property path");
    }

    private PropertyPath NegatedPropertySet()
    {
        var forward = new List<Iri>();
        var inverse = new List<Iri>();

        void One()
        {
            var isInverse = Accept("^");
            var iri = AcceptKeyword("a") ? Vocab.Rdf.Type : IriTerm();
            (isInverse ? inverse : forward).Add(iri);
        }

        if (Accept("("))
        {
            if (!Current.Is(")"))
            {
                One();
                while (Accept("|"))
                {
                    One();
                }
            }

            Expect(")");
        }
        else if (Current.Kind == TokenKind.Nil)
        {
            _pos++;
        }
        else
        {
            One();
        }

        return new NegatedPropertySet(forward, inverse);
    }
}
