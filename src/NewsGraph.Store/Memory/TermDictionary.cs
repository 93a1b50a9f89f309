namespace NewsGraph.Store.Memory;

/// <summary>Gives each distinct term an int id, from <see cref="TermIds.FirstTerm"/> up, and back.</summary>
internal sealed class TermDictionary
{
    private readonly Dictionary<Term, int> _ids = [];
    private readonly List<Term> _terms = [null!, null!];

    public int Count => _ids.Count;

    public int Lookup(Term term) => _ids.TryGetValue(term, out var id) ? id : TermIds.None;

    public int Encode(Term term)
    {
        ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ids, term, out var exists);
        if (!exists)
        {
            id = _terms.Count;
            _terms.Add(term);
        }

        return id;
    }

    public Term Decode(int id) => _terms[id];
}
