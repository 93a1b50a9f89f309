using NewsGraph.Sparql.Algebra;

namespace NewsGraph.Sparql.Evaluation;

/// <summary>Numbers the variables of a query: each variable is a position in the solution arrays.</summary>
internal sealed class VariableSlots
{
    private readonly Dictionary<Variable, int> _slots = [];
    private readonly List<Variable> _variables = [];

    public int Count => _variables.Count;

    public int this[Variable v]
    {
        get
        {
            if (!_slots.TryGetValue(v, out var slot))
            {
                slot = _variables.Count;
                _slots[v] = slot;
                _variables.Add(v);
            }

            return slot;
        }
    }

    public bool TryGet(Variable v, out int slot) => _slots.TryGetValue(v, out slot);

    public Variable NameOf(int slot) => _variables[slot];
}
