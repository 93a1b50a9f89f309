using System.Globalization;

namespace NewsGraph.Remote;

/// <summary>Where a push stands, given after every acknowledged request.</summary>
public readonly record struct PushProgress(int GraphsDone, int Graphs, long Triples, int Batches, TimeSpan Elapsed)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{GraphsDone}/{Graphs} graphs, {Triples} triples in {Batches} requests, {PushSummary.Rate(Triples, Elapsed):F0} triples/s");
}

/// <summary>What a push did.</summary>
/// <param name="Method">The protocol used (the one probed, for <see cref="PushMethod.Auto"/>); null if nothing had to be sent.</param>
/// <param name="Graphs">The graphs selected.</param>
/// <param name="Unchanged">Graphs the checkpoint showed as already pushed with the same content, so not sent.</param>
/// <param name="Triples">Triples sent by this run.</param>
/// <param name="Batches">Requests that wrote data.</param>
public sealed record PushSummary(PushMethod? Method, int Graphs, int Unchanged, long Triples, int Batches, TimeSpan Elapsed)
{
    public double TriplesPerSecond => Rate(Triples, Elapsed);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"push: {Graphs} graphs ({Graphs - Unchanged} sent, {Unchanged} already pushed), {Triples} triples in {Batches} requests"
        + $"{(Method is { } m ? $" by {m.ToString().ToLowerInvariant()}" : "")}, {Elapsed.TotalSeconds:F2} s, {TriplesPerSecond:F0} triples/s");

    internal static double Rate(long triples, TimeSpan elapsed) => elapsed > TimeSpan.Zero ? triples / elapsed.TotalSeconds : 0;
}
