using System.Security.Cryptography;
using System.Text;
using NewsGraph.Extraction;
using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Rdf;
using NewsGraph.Rdf;
using NewsGraph.Store;
using NewsGraph.Store.Durable;

namespace NewsGraph.Ingest;

/// <summary>
/// A NewsGraph data directory: the durable store plus the reference graphs every query relies on,
/// the ontology and the whole gazetteer. They are written when the store is created and rewritten
/// when the ones built into this program differ (a hash of them is kept in the store).
/// </summary>
public static class DataDirectory
{
    public const string DefaultPath = "newsgraph-data";

    private const string ReferenceHashSetting = "reference-graphs-hash";

    /// <summary>Opens (creating if needed, unless <paramref name="readOnly"/>) the store in <paramref name="path"/>.</summary>
    public static IDataset Open(string path, bool readOnly = false)
    {
        var dataset = SqliteDataset.Open(path, readOnly);
        try
        {
            if (!readOnly)
            {
                WriteReferenceGraphs(dataset);
            }

            return dataset;
        }
        catch
        {
            dataset.Dispose();
            throw;
        }
    }

    /// <summary>The ontology graph and the gazetteer graph, as built into this program.</summary>
    public static IEnumerable<Quad> ReferenceQuads() =>
        ExtractionPipeline.OntologyQuads().Concat(
            EntityGazetteer.Default.Entities.SelectMany(e => e.Description).Select(q => q with { Graph = FactGraph.GazetteerGraph }));

    private static void WriteReferenceGraphs(SqliteDataset dataset)
    {
        var quads = ReferenceQuads().ToList();
        var hash = Hash(quads);
        if (dataset.ReadSetting(ReferenceHashSetting) == hash)
        {
            return;
        }

        using (var write = dataset.BeginWrite())
        {
            write.Store.DropGraph(ExtractionPipeline.OntologyGraph);
            write.Store.DropGraph(FactGraph.GazetteerGraph);
            write.Store.AddRange(quads);

            write.Commit();
        }

        // After the graphs' own commit: a crash in between only means they are written again next time.
        dataset.WriteSetting(ReferenceHashSetting, hash);
    }

    /// <summary>Order-independent, so that reading the same data in another order is not a change.</summary>
    private static string Hash(IEnumerable<Quad> quads)
    {
        var lines = quads.Select(q => q.ToString()).Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }
}
