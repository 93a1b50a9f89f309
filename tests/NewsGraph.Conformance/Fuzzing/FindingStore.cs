using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>
/// Saves failing inputs under the output directory, and keeps the input being parsed in
/// <see cref="InFlightPath"/>: a stack overflow kills the process with no chance to report, so
/// that file is then the only record of the input that did it. Inputs are saved with the extension
/// of their language and start with a comment line, so they still open as what they are.
/// </summary>
internal sealed partial class FindingStore : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _directory;
    private readonly FileStream _inFlight;
    private byte[] _buffer = new byte[1 << 16];
    private int _saved;

    public FindingStore(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);

        // Numbering restarts with each run, so older findings would mix with this run's.
        foreach (var stale in Directory.EnumerateFiles(directory).Where(IsFindingFile))
        {
            File.Delete(stale);
        }

        InFlightPath = Path.Combine(directory, "in-flight.txt");
        if (File.Exists(InFlightPath))
        {
            LeftoverInFlight = Path.Combine(directory, "died-in-flight.txt");
            File.Move(InFlightPath, LeftoverInFlight, overwrite: true);
        }

        _inFlight = new FileStream(InFlightPath, FileMode.Create, FileAccess.Write, FileShare.Read);
    }

    public string InFlightPath { get; }

    /// <summary>Where the in-flight file of a previous run that died was moved, if there was one.</summary>
    public string? LeftoverInFlight { get; }

    /// <summary>
    /// Overwrites the in-flight file with this case. Not flushed to disk: the data only has to
    /// outlive the process, not the machine.
    /// </summary>
    public void RecordInFlight(string target, int seed, int index, FuzzCase fuzzCase)
    {
        // A comment line, so the file still parses as the language it holds.
        var header = $"# in flight: {target} seed {seed} case {index}: {fuzzCase.Settings}; {fuzzCase.Recipe}\n";
        var needed = Utf8.GetMaxByteCount(header.Length + fuzzCase.Input.Length);
        if (_buffer.Length < needed)
        {
            _buffer = new byte[needed];
        }

        var length = Utf8.GetBytes(header, _buffer);
        length += Utf8.GetBytes(fuzzCase.Input, _buffer.AsSpan(length));
        _inFlight.SetLength(0);
        _inFlight.Write(_buffer, 0, length);
    }

    /// <summary>Saves the input as a file of its language, plus a report with the exact input as C#.</summary>
    public void Save(Finding finding, string target, string extension, int seed, string input, int caseIndex)
    {
        var stem = Path.Combine(_directory, string.Create(CultureInfo.InvariantCulture, $"{target}-{++_saved:D3}"));
        var inputPath = stem + extension;
        File.WriteAllText(inputPath, input, Utf8);
        finding.SavedInputs.Add(inputPath);
        if (finding.ReportPath is not null)
        {
            return;
        }

        finding.ReportPath = stem + ".txt";
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{finding.Signature}")
            .AppendLine(CultureInfo.InvariantCulture, $"{target}, seed {seed}, case {caseIndex}, {finding.Outcome.Elapsed.TotalSeconds:F3} s")
            .AppendLine(CultureInfo.InvariantCulture, $"settings: {finding.Case.Settings}")
            .AppendLine(CultureInfo.InvariantCulture, $"made from: {finding.Case.Recipe}")
            .AppendLine(CultureInfo.InvariantCulture, $"input file: {inputPath} (UTF-8; any lone surrogate there is U+FFFD, the C# below is exact)");
        if (finding.MinimizedInput is { } minimized)
        {
            var minimizedPath = stem + ".min" + extension;
            File.WriteAllText(minimizedPath, minimized, Utf8);
            report.AppendLine(CultureInfo.InvariantCulture, $"minimized ({minimized.Length} chars, {minimizedPath}):")
                .AppendLine(CSharpLiteral.Compact(minimized));
        }

        if (finding.Outcome.Failure is { } failure)
        {
            report.AppendLine().AppendLine(failure.Details);
        }

        report.AppendLine().AppendLine("input:").AppendLine(CSharpLiteral.Compact(input));
        File.WriteAllText(finding.ReportPath, report.ToString(), Utf8);
    }

    /// <summary>Removes the in-flight file: the run got to its end, so nothing killed it.</summary>
    public void Dispose()
    {
        _inFlight.Dispose();
        File.Delete(InFlightPath);
    }

    private static bool IsFindingFile(string path) => FindingFileName().IsMatch(Path.GetFileName(path));

    [GeneratedRegex(@"^[a-z]+-\d{3,}\.")]
    private static partial Regex FindingFileName();
}
