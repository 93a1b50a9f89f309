using System.Threading;

namespace NewsGraph.Rdf;

/// <summary>
/// A blank node. The label identifies the node within one graph or dataset; parsers give each
/// document's labels a fresh scope, so the same label in two documents means two nodes.
/// </summary>
public sealed class BlankNode : Term
{
    private static long _counter;

    public BlankNode(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        Label = label;
    }

    public string Label { get; }

    public override TermKind Kind => TermKind.BlankNode;

    /// <summary>A node with a label unique within this process.</summary>
    public static BlankNode Fresh() => new("b" + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => "_:" + Label;

    private protected override int ComputeHash() => string.GetHashCode(Label, StringComparison.Ordinal) ^ 0x5bd1e995;

    private protected override bool ValueEquals(Term other) => string.Equals(Label, ((BlankNode)other).Label, StringComparison.Ordinal);

    private protected override int CompareSameKind(Term other) => string.CompareOrdinal(Label, ((BlankNode)other).Label);
}
