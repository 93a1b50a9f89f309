using System.Text;

namespace NewsGraph.Rdf.Syntax.Writing;

/// <summary>
/// Turtle and TriG for people to read: the prefixes in use, subjects grouped with <c>;</c> and
/// <c>,</c>, <c>a</c> for rdf:type, collections as <c>( )</c>, blank nodes used once nested as
/// <c>[ ]</c>, and a stable order (IRIs, then blank nodes; rdf:type first).
/// </summary>
internal sealed class TurtleWriter : RdfWriter
{
    private readonly bool _trig;
    private readonly HashSet<Quad> _seen = [];
    private readonly List<Quad> _quads = [];

    public TurtleWriter(TextWriter output, RdfWriterOptions options, bool trig)
        : base(output, options)
    {
        _trig = trig;
    }

    public override void Write(Quad quad)
    {
        if (!_trig && quad.Graph is not null)
        {
            throw NamedGraphNotSupported("Turtle");
        }

        if (_seen.Add(quad))
        {
            _quads.Add(quad);
        }
    }

    private protected override void WriteRemaining()
    {
        var terms = new TurtleTerms(Options.Prefixes ?? PrefixMap.Common());
        var body = new StringBuilder();
        var order = new TermOrder(_quads);
        var shared = BlankNodesOutsideOneGraph(_quads);
        var graphs = _quads.GroupBy(q => q.Graph).OrderBy(g => g.Key is null ? 0 : 1).ThenBy(g => g.Key, order);
        foreach (var graph in graphs)
        {
            var triples = graph.Select(q => q.Triple).ToList();
            if (body.Length > 0)
            {
                body.Append('\n');
            }

            if (graph.Key is null)
            {
                new GraphLayout(triples, terms, order, shared, indent: 0).WriteTo(body);
            }
            else
            {
                body.Append(terms.Format(graph.Key)).Append(" {\n");
                new GraphLayout(triples, terms, order, shared, indent: 1).WriteTo(body);
                body.Append("}\n");
            }
        }

        foreach (var (prefix, ns) in terms.UsedPrefixes())
        {
            Output.Write("@prefix ");
            Output.Write(prefix);
            Output.Write(": ");
            Output.Write(NTriplesText.Iri(ns));
            Output.Write(" .\n");
        }

        if (terms.UsedPrefixes().Any() && body.Length > 0)
        {
            Output.Write('\n');
        }

        foreach (var chunk in body.GetChunks())
        {
            Output.Write(chunk.Span);
        }
    }

    /// <summary>Blank nodes that name a graph or occur in more than one graph: these keep a label.</summary>
    private static HashSet<BlankNode> BlankNodesOutsideOneGraph(List<Quad> quads)
    {
        var home = new Dictionary<BlankNode, Term?>();
        var shared = new HashSet<BlankNode>();
        foreach (var q in quads)
        {
            if (q.Graph is BlankNode g)
            {
                shared.Add(g);
            }

            Note(q.Subject, q.Graph);
            Note(q.Obj, q.Graph);
        }

        return shared;

        void Note(Term t, Term? graph)
        {
            if (t is not BlankNode b)
            {
                return;
            }

            if (!home.TryGetValue(b, out var first))
            {
                home[b] = graph;
            }
            else if (!Equals(first, graph))
            {
                shared.Add(b);
            }
        }
    }

    /// <summary>IRIs and literals by value; blank nodes by first appearance, so output follows the input's own order for them.</summary>
    private sealed class TermOrder : IComparer<Term?>
    {
        private readonly Dictionary<BlankNode, int> _appearance = [];

        public TermOrder(List<Quad> quads)
        {
            foreach (var q in quads)
            {
                See(q.Subject);
                See(q.Obj);
                if (q.Graph is not null)
                {
                    See(q.Graph);
                }
            }
        }

        public int Compare(Term? x, Term? y)
        {
            if (x is null || y is null)
            {
                return (x is null ? 0 : 1) - (y is null ? 0 : 1);
            }

            var rank = Rank(x).CompareTo(Rank(y));
            if (rank != 0)
            {
                return rank;
            }

            return x is BlankNode bx ? _appearance[bx].CompareTo(_appearance[(BlankNode)y]) : x.CompareTo(y);
        }

        private static int Rank(Term t) => t.Kind switch
        {
            TermKind.Iri => 0,
            TermKind.BlankNode => 1,
            _ => 2,
        };

        private void See(Term t)
        {
            if (t is BlankNode b)
            {
                _appearance.TryAdd(b, _appearance.Count);
            }
        }
    }

    /// <summary>The layout of one graph: which blank nodes nest, which chains are collections, and the text.</summary>
    private sealed class GraphLayout
    {
        private const string IndentUnit = "    ";
        private readonly TurtleTerms _terms;
        private readonly TermOrder _order;
        private readonly HashSet<BlankNode> _shared;
        private readonly int _indent;
        private readonly Dictionary<Term, List<Triple>> _bySubject = [];
        private readonly Dictionary<BlankNode, int> _objectUses = [];
        private readonly HashSet<BlankNode> _nested = [];
        private readonly Dictionary<BlankNode, (List<BlankNode> Cells, List<Term> Items)> _collections = [];
        private readonly HashSet<BlankNode> _collectionCells = [];

        public GraphLayout(List<Triple> triples, TurtleTerms terms, TermOrder order, HashSet<BlankNode> shared, int indent)
        {
            _terms = terms;
            _order = order;
            _shared = shared;
            _indent = indent;
            foreach (var t in triples)
            {
                if (!_bySubject.TryGetValue(t.Subject, out var list))
                {
                    _bySubject[t.Subject] = list = [];
                }

                list.Add(t);
                if (t.Obj is BlankNode b)
                {
                    _objectUses[b] = _objectUses.GetValueOrDefault(b) + 1;
                }
            }

            foreach (var (node, uses) in _objectUses)
            {
                if (uses == 1 && !shared.Contains(node))
                {
                    _nested.Add(node);
                }
            }

            FindCollections();
            BreakCycles();
        }

        public void WriteTo(StringBuilder sb)
        {
            var roots = _bySubject.Keys.Where(s => s is not BlankNode b || !IsInline(b)).OrderBy(s => s, _order);
            foreach (var subject in roots)
            {
                Indent(sb, _indent);
                if (subject is BlankNode b && !_objectUses.ContainsKey(b) && !_shared.Contains(b))
                {
                    sb.Append("[]");
                }
                else
                {
                    AppendObject(sb, subject, _indent);
                }

                sb.Append(' ');
                AppendPredicateObjects(sb, _bySubject[subject], _indent);
                sb.Append(" .\n");
            }
        }

        /// <summary>rdf:first/rdf:rest chains of nested cells, each with exactly those two triples, ending in rdf:nil.</summary>
        private void FindCollections()
        {
            var cells = _nested.Where(IsListCell).ToHashSet();
            var tails = cells.Select(c => Value(c, Vocab.Rdf.Rest)).OfType<BlankNode>().Where(cells.Contains).ToHashSet();
            foreach (var head in cells.Where(c => !tails.Contains(c)))
            {
                var chain = new List<BlankNode>();
                var items = new List<Term>();
                Term current = head;
                while (current is BlankNode cell && cells.Contains(cell))
                {
                    chain.Add(cell);
                    items.Add(Value(cell, Vocab.Rdf.First));
                    current = Value(cell, Vocab.Rdf.Rest);
                }

                if (current.Equals(Vocab.Rdf.Nil))
                {
                    _collections[head] = (chain, items);
                    _collectionCells.UnionWith(chain);
                }
            }
        }

        private bool IsListCell(BlankNode node) =>
            _bySubject.TryGetValue(node, out var ts) && ts.Count == 2
            && ts.Any(t => t.Predicate.Equals(Vocab.Rdf.First)) && ts.Any(t => t.Predicate.Equals(Vocab.Rdf.Rest));

        private Term Value(BlankNode node, Iri predicate) => _bySubject[node].First(t => t.Predicate.Equals(predicate)).Obj;

        private bool IsInline(BlankNode b) => _nested.Contains(b) || _collectionCells.Contains(b);

        /// <summary>Nested nodes that no root reaches form cycles; each such cycle gets one labelled node.</summary>
        private void BreakCycles()
        {
            while (true)
            {
                var reached = new HashSet<BlankNode>();
                var stack = new Stack<Term>(_bySubject.Keys.Where(s => s is not BlankNode b || !IsInline(b)));
                while (stack.Count > 0)
                {
                    foreach (var o in Children(stack.Pop()))
                    {
                        if (o is BlankNode b && IsInline(b) && reached.Add(b))
                        {
                            stack.Push(b);
                        }
                    }
                }

                var orphan = _bySubject.Keys.OfType<BlankNode>().Where(b => IsInline(b) && !reached.Contains(b)).OrderBy(b => b, _order).FirstOrDefault();
                if (orphan is null)
                {
                    return;
                }

                _nested.Remove(orphan);
                foreach (var (head, (chain, _)) in _collections.Where(kv => kv.Value.Cells.Contains(orphan)).ToList())
                {
                    _collections.Remove(head);
                    _collectionCells.ExceptWith(chain);
                }
            }
        }

        private IEnumerable<Term> Children(Term subject) =>
            subject is BlankNode b && _collections.TryGetValue(b, out var collection)
                ? collection.Items.Concat(collection.Cells)
                : _bySubject.TryGetValue(subject, out var ts) ? ts.Select(t => t.Obj) : [];

        private void AppendPredicateObjects(StringBuilder sb, List<Triple> triples, int indent)
        {
            var first = true;
            foreach (var group in triples.GroupBy(t => t.Predicate).OrderBy(g => g.Key.Equals(Vocab.Rdf.Type) ? 0 : 1).ThenBy(g => g.Key, _order))
            {
                if (!first)
                {
                    sb.Append(" ;\n");
                    Indent(sb, indent + 1);
                }

                first = false;
                sb.Append(group.Key.Equals(Vocab.Rdf.Type) ? "a" : _terms.Format(group.Key)).Append(' ');
                var firstObject = true;
                foreach (var obj in group.Select(t => t.Obj).OrderBy(o => o, _order))
                {
                    if (!firstObject)
                    {
                        sb.Append(", ");
                    }

                    firstObject = false;
                    AppendObject(sb, obj, indent + 1);
                }
            }
        }

        private void AppendObject(StringBuilder sb, Term term, int indent)
        {
            if (term is not BlankNode b)
            {
                sb.Append(_terms.Format(term));
                return;
            }

            if (_collections.TryGetValue(b, out var collection))
            {
                sb.Append('(');
                foreach (var item in collection.Items)
                {
                    sb.Append(' ');
                    AppendObject(sb, item, indent);
                }

                sb.Append(" )");
                return;
            }

            if (!_nested.Contains(b))
            {
                sb.Append(_terms.Format(b));
                return;
            }

            if (!_bySubject.TryGetValue(b, out var triples))
            {
                sb.Append("[]");
                return;
            }

            if (triples.Count == 1 && !(triples[0].Obj is BlankNode inner && IsInline(inner)))
            {
                sb.Append("[ ");
                AppendPredicateObjects(sb, triples, indent);
                sb.Append(" ]");
                return;
            }

            sb.Append("[\n");
            Indent(sb, indent + 1);
            AppendPredicateObjects(sb, triples, indent);
            sb.Append('\n');
            Indent(sb, indent);
            sb.Append(']');
        }


        private static void Indent(StringBuilder sb, int depth)
        {
            for (var i = 0; i < depth; i++)
            {
                sb.Append(IndentUnit);
            }
        }
    }
}
