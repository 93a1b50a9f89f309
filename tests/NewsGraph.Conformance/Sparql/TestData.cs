using NewsGraph.Conformance.Manifests;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;
using NewsGraph.Store.Memory;

namespace NewsGraph.Conformance.Sparql;

/// <summary>Reads the RDF files of SPARQL tests into stores and datasets.</summary>
internal static class TestData
{
    /// <summary>
    /// Reads an RDF file in the syntax its extension names. The base is the file's own IRI, the
    /// same base the query is parsed with, so that relative IRIs in data, queries and expected
    /// results (e.g. <c>&lt;data-g1.ttl&gt;</c>) meet as the same IRI.
    /// </summary>
    public static Dataset Read(string path)
    {
        if (!RdfFormats.TryFromPath(path, out var format))
        {
            throw new InvalidDataException($"no RDF syntax is known for {Path.GetFileName(path)}");
        }

        var options = new RdfReaderOptions { BaseIri = FileIris.FromPath(path), SourceName = Path.GetFileName(path) };
        return RdfReader.Load(RdfReader.OpenText(path), format, options);
    }

    /// <summary>A store holding the files: default-graph files as they are (a TriG file keeps its named graphs), named-graph files under their names.</summary>
    public static MemoryQuadStore Store(DatasetFiles files)
    {
        var store = new MemoryQuadStore();
        foreach (var path in files.DefaultGraph)
        {
            store.Load(Read(path));
        }

        foreach (var graph in files.NamedGraphs)
        {
            AddNamedGraph(store, graph.Name, graph.Path);
        }

        return store;
    }

    /// <summary>The files as one dataset, read the same way as <see cref="Store"/>.</summary>
    public static Dataset Dataset(DatasetFiles files) =>
        new(files.DefaultGraph.SelectMany(Read).Concat(files.NamedGraphs.SelectMany(g => Read(g.Path).Select(q => q.Triple.InGraph(g.Name)))));

    /// <summary>Adds a file as a named graph; the graph exists afterwards even if the file is empty.</summary>
    public static void AddNamedGraph(MemoryQuadStore store, Iri name, string path)
    {
        store.CreateGraph(name);
        store.Load(Read(path).Select(q => q.Triple.InGraph(name)));
    }

    /// <summary>The local file a <c>file:</c> IRI names, or null if it names none that exists.</summary>
    public static string? LocalFile(Iri iri) =>
        Uri.TryCreate(iri.Value, UriKind.Absolute, out var uri) && uri.IsFile && File.Exists(uri.LocalPath) ? uri.LocalPath : null;
}
