using System.Diagnostics;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>
/// Shrinks a failing input by deleting ever smaller chunks while it still fails the same way,
/// so a finding reads as a few characters instead of a mutated test file.
/// </summary>
internal static class InputMinimizer
{
    private const int MaxAttempts = 5_000;

    public static string Minimize(string input, Func<string, bool> stillFails, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var current = input;
        var chunk = Math.Max(1, current.Length / 2);
        var attempts = 0;
        bool HaveTime() => attempts < MaxAttempts && clock.Elapsed < budget;

        while (HaveTime())
        {
            var removedAny = false;
            for (var start = 0; start < current.Length && HaveTime(); attempts++)
            {
                var candidate = current.Remove(start, Math.Min(chunk, current.Length - start));
                if (stillFails(candidate))
                {
                    current = candidate;
                    removedAny = true;
                }
                else
                {
                    start += chunk;
                }
            }

            // After a successful pass the same chunk size may free up more, so only shrink it when nothing went.
            if (!removedAny)
            {
                if (chunk == 1)
                {
                    break;
                }

                chunk /= 2;
            }
        }

        return current;
    }
}
