namespace NewsGraph.Cli.Commands;

/// <summary>Exit codes and error output shared by the commands.</summary>
internal static class CliErrors
{
    /// <summary>The input was read but is not valid (a syntax error).</summary>
    public const int InvalidInput = 1;

    /// <summary>The command could not run: bad options, a missing file, an I/O failure.</summary>
    public const int Usage = 2;

    public static int Report(string message, int code)
    {
        Console.Error.WriteLine($"newsgraph: {message}");
        return code;
    }
}
