namespace NewsGraph.Sparql.Results;

/// <summary>
/// Labels for blank nodes in the Turtle term syntax of TSV. A label that is valid as written is
/// kept, so that labels survive a round trip; any other becomes <c>b0</c>, <c>b1</c>, … in order
/// of first appearance, the same label each time the node recurs.
/// </summary>
internal sealed class BlankNodeLabels
{
    private readonly Dictionary<BlankNode, string> _relabelled = [];

    public string LabelOf(BlankNode node)
    {
        if (IsPortable(node.Label))
        {
            return node.Label;
        }

        if (!_relabelled.TryGetValue(node, out var label))
        {
            label = "b" + _relabelled.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _relabelled[node] = label;
        }

        return label;
    }

    /// <summary>ASCII letters, digits, '_' and '-', not starting with '-': valid in Turtle, N-Triples and SPARQL alike.</summary>
    private static bool IsPortable(string label)
    {
        if (label.Length == 0 || label[0] == '-')
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
