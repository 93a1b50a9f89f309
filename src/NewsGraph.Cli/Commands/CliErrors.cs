using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql;

namespace NewsGraph.Cli.Commands;

/// <summary>Exit codes and error output shared by the commands.</summary>
internal static class CliErrors
{
    /// <summary>The input was read but is not valid, or the request could not be carried out on it.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command could not run: bad options, a missing file, an I/O failure.</summary>
    public const int Usage = 2;

    public static int Report(string message, int code)
    {
        Console.Error.WriteLine($"newsgraph: {message}");
        return code;
    }

    /// <summary>Runs a command's body and turns the failures a user can cause into a message and an exit code, never a stack trace.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is RdfSyntaxException or SparqlTimeoutException or SparqlLimitException or SparqlUpdateException or NotSupportedException)
        {
            return Report(e.Message, InvalidInput);
        }
        catch (Exception e) when (e is CliException or IOException or UnauthorizedAccessException)
        {
            return Report(e.Message, Usage);
        }
    }
}
