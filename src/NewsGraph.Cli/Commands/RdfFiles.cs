using System.IO.Compression;
using System.Text;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Cli.Commands;

/// <summary>Opening RDF files named on the command line: '-' for the standard streams, '.gz' compressed.</summary>
internal static class RdfFiles
{
    public static RdfFormat ResolveFormat(string path, string? explicitName, string role)
    {
        if (explicitName is not null)
        {
            return RdfFormats.TryParseName(explicitName, out var named)
                ? named
                : throw new CliException($"unknown {role} format '{explicitName}' (known: {RdfFormats.Names})");
        }

        if (path != "-" && RdfFormats.TryFromPath(path, out var byExtension))
        {
            return byExtension;
        }

        throw new CliException(path == "-"
            ? $"the {role} is a stream: name its format with --{(role == "input" ? "from" : "to")} ({RdfFormats.Names})"
            : $"cannot tell the {role} format from '{path}': use --{(role == "input" ? "from" : "to")} ({RdfFormats.Names})");
    }

    public static TextReader OpenInput(string path)
    {
        if (path == "-")
        {
            return new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false, throwOnInvalidBytes: true));
        }

        if (!File.Exists(path))
        {
            throw new CliException($"no such file: {path}");
        }

        return RdfReader.OpenText(path);
    }

    /// <summary>The default base IRI of a file: its file: URI, as RFC 3986 §5.1.3 suggests.</summary>
    public static string? DefaultBase(string path) => path == "-" ? null : new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public static TextWriter CreateOutput(string path)
    {
        if (path == "-")
        {
            return new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        }

        Stream stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionLevel.Fastest);
        }

        return new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
    }
}

/// <summary>A problem with how the command was called, reported without a stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
