namespace NewsGraph.Conformance.Fuzzing;

/// <summary>One generated input and how it was made (the seed file and each mutation, in order).</summary>
public readonly record struct FuzzCase(string Input, string Recipe);
