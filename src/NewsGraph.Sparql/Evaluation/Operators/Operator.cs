namespace NewsGraph.Sparql.Evaluation.Operators;

/// <summary>
/// A compiled piece of the algebra. <see cref="Run"/> yields the solutions of the pattern that are
/// compatible with <paramref name="seed"/>, merged with it: evaluating with the seed's bindings
/// substituted. Joins use this to push bindings into their right side; EXISTS to test one solution.
/// Solutions stream as they are found unless the operator needs all its input (ORDER BY, GROUP BY).
/// </summary>
internal abstract class Operator
{
    public abstract IEnumerable<int[]> Run(int[] seed);

    /// <summary>
    /// True if substituting a seed gives the same solutions as joining with it afterwards: the
    /// pattern has no FILTER, sub-select, MINUS or OPTIONAL whose meaning depends on variable scope.
    /// </summary>
    public virtual bool AcceptsSubstitution => false;

    /// <summary>Slots this operator may bind.</summary>
    public abstract IReadOnlyCollection<int> Slots { get; }

    /// <summary>An indented description of the plan, for --explain.</summary>
    public abstract void Explain(System.Text.StringBuilder sb, int depth, VariableSlots slots);

    protected static System.Text.StringBuilder Line(System.Text.StringBuilder sb, int depth) => sb.Append(' ', depth * 2);
}
