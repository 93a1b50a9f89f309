namespace NewsGraph.Cli.Commands;

/// <summary>
/// An output file written beside its target and renamed over it at the end, so a failed or killed
/// run never leaves it half-written. '-' (standard output) is written directly.
/// </summary>
internal sealed class ReplacedFile : IDisposable
{
    private readonly string _target;
    private string? _temp;

    public ReplacedFile(string target)
    {
        _target = target;
        if (target == "-")
        {
            WritePath = target;
            return;
        }

        // Keep a .gz ending: the writer compresses by the name.
        var gz = target.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? ".gz" : string.Empty;
        _temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp{gz}");
        WritePath = _temp;
    }

    /// <summary>Where to write until <see cref="Complete"/>.</summary>
    public string WritePath { get; }

    /// <summary>Puts the written file in place of the target.</summary>
    public void Complete()
    {
        if (_temp is not null)
        {
            File.Move(_temp, _target, overwrite: true);
            _temp = null;
        }
    }

    public void Dispose()
    {
        if (_temp is not null && File.Exists(_temp))
        {
            File.Delete(_temp);
        }
    }
}
