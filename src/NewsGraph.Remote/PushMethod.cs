namespace NewsGraph.Remote;

/// <summary>How triples travel to the remote store.</summary>
public enum PushMethod
{
    /// <summary>Whichever the endpoint accepts: the Graph Store Protocol if it takes an empty POST, else SPARQL Update.</summary>
    Auto,

    /// <summary>SPARQL 1.1 Graph Store HTTP Protocol: <c>POST ?graph=</c> with an N-Triples body (<c>PUT</c> to replace).</summary>
    Gsp,

    /// <summary>SPARQL 1.1 Update: <c>INSERT DATA { GRAPH &lt;g&gt; { … } }</c> (after <c>CLEAR SILENT GRAPH</c> to replace).</summary>
    Update,
}
