using System.Diagnostics;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>
/// What went wrong in a case, as text: a case run in a child process can only report its exception
/// that way, and a child that died leaves nothing but its error output.
/// </summary>
public sealed class Failure
{
    private readonly Exception? _exception;
    private string? _details;
    private string? _site;

    public Failure(string kind, string message, string details, string site)
    {
        Kind = kind;
        Message = message;
        _details = details;
        _site = site;
    }

    private Failure(Exception exception)
    {
        _exception = exception;
        Kind = exception.GetType().FullName ?? exception.GetType().Name;
        Message = exception.Message;
    }

    /// <summary>The exception's full type name, or what ended the process.</summary>
    public string Kind { get; }

    public string Message { get; }

    /// <summary>
    /// The exception with its stack trace, or the dead process's error output. Formatted on first
    /// use: most failures are syntax errors that nobody reads.
    /// </summary>
    public string Details => _details ??= _exception!.ToString();

    /// <summary>Where in NewsGraph it was thrown, as Type.Method (file:line).</summary>
    public string Site => _site ??= ThrowSite(_exception is MisplacedSyntaxErrorException { InnerException: { } inner } ? inner : _exception!);

    public static Failure Of(Exception exception) => new(exception);

    // The innermost NewsGraph frame names the code at fault; frames above it on the stack (a
    // BCL indexer, Dictionary.Add) only say how it failed.
    private static string ThrowSite(Exception e)
    {
        var frames = new StackTrace(e, fNeedFileInfo: true).GetFrames();
        var frame = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("NewsGraph", StringComparison.Ordinal) == true)
            ?? frames.FirstOrDefault();
        if (frame?.GetMethod() is not { } method)
        {
            return "an unknown place";
        }

        var file = frame.GetFileName();
        var line = file is null ? "" : $" ({Path.GetFileName(file)}:{frame.GetFileLineNumber()})";
        return $"{method.DeclaringType?.Name}.{method.Name}{line}";
    }
}
