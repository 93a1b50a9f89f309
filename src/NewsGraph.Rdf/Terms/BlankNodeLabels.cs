namespace NewsGraph.Rdf;

/// <summary>
/// Gives blank nodes the labels they are written with (by every RDF and results writer). Labels that are already valid in every
/// syntax are kept when <c>relabelAll</c> is off; the rest become <c>b0</c>, <c>b1</c>, … in order
/// of first appearance, which also makes output independent of how labels were generated.
/// </summary>
public sealed class BlankNodeLabels(bool relabelAll)
{
    private readonly Dictionary<BlankNode, string> _labels = [];

    public string LabelOf(BlankNode node)
    {
        if (!relabelAll && IsPortable(node.Label))
        {
            return node.Label;
        }

        if (!_labels.TryGetValue(node, out var label))
        {
            label = "b" + _labels.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _labels[node] = label;
        }

        return label;
    }

    /// <summary>ASCII letters, digits, '_' and '-', not starting with '-': valid in N-Triples, Turtle and SPARQL.</summary>
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
