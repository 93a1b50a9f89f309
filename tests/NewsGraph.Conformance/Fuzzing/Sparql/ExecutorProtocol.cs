using System.Runtime.InteropServices;
using System.Text;

namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>
/// What the fuzzer and its executor process say over the child's standard input and output: the
/// parent writes a case, the child answers with its outcome. Inputs travel as UTF-16 code units,
/// since a mutated input may hold lone surrogates that UTF-8 would replace.
/// </summary>
internal static class ExecutorProtocol
{
    /// <summary>Sent by the child once it is ready, so a child that cannot start is told apart from one that dies on its first case.</summary>
    public const int Ready = 0x51525053;

    /// <summary>Exception messages may quote the input, lone surrogates and all: replaced, never a reason to throw.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static void WriteCase(BinaryWriter writer, SparqlKind kind, string text)
    {
        writer.Write((byte)kind);
        writer.Write(text.Length);
        writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
        writer.Flush();
    }

    /// <summary>The next case, or null once the parent has closed the pipe.</summary>
    public static (SparqlKind Kind, string Text)? ReadCase(BinaryReader reader)
    {
        var kind = reader.BaseStream.ReadByte();
        if (kind < 0)
        {
            return null;
        }

        var length = reader.ReadInt32();
        var bytes = new byte[length * sizeof(char)];
        reader.BaseStream.ReadExactly(bytes);
        return ((SparqlKind)kind, new string(MemoryMarshal.Cast<byte, char>(bytes)));
    }

    public static void WriteOutcome(BinaryWriter writer, CaseOutcome outcome, long peakWorkingSetBytes)
    {
        writer.Write((byte)outcome.Result);
        writer.Write((byte)outcome.Stage);
        writer.Write(outcome.Elapsed.Ticks);
        writer.Write(outcome.Items);
        writer.Write(outcome.ManagedBytes);
        writer.Write(outcome.Abandoned);
        writer.Write(peakWorkingSetBytes);
        writer.Write(outcome.Failure is not null);
        if (outcome.Failure is { } failure)
        {
            // Only a crash is worth a formatted stack trace: one per syntax error would slow the run down.
            var worthDetails = outcome.Result is CaseResult.Crash or CaseResult.Hang;
            writer.Write(failure.Kind);
            writer.Write(failure.Message);
            writer.Write(worthDetails ? failure.Details : "");
            writer.Write(worthDetails ? failure.Site : "");
        }

        writer.Flush();
    }

    public static (CaseOutcome Outcome, long PeakWorkingSetBytes) ReadOutcome(BinaryReader reader)
    {
        var result = (CaseResult)reader.ReadByte();
        var stage = (CaseStage)reader.ReadByte();
        var elapsed = TimeSpan.FromTicks(reader.ReadInt64());
        var items = reader.ReadInt64();
        var managedBytes = reader.ReadInt64();
        var abandoned = reader.ReadBoolean();
        var peakWorkingSetBytes = reader.ReadInt64();
        var failure = reader.ReadBoolean()
            ? new Failure(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString())
            : null;
        return (new CaseOutcome(result, elapsed, items, failure, managedBytes, stage, abandoned), peakWorkingSetBytes);
    }
}
