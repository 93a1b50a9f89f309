using System.Diagnostics;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>
/// Shrinks a failing input while it still fails the same way, so a finding reads as a few
/// characters instead of a mutated test file: first long repetitions, by bisecting their count,
/// then by deleting ever smaller chunks.
/// </summary>
internal static class InputMinimizer
{
    private const int MaxAttempts = 5_000;

    public static string Minimize(string input, Func<string, bool> stillFails, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var attempts = 0;
        bool HaveTime() => attempts < MaxAttempts && clock.Elapsed < budget;
        bool Fails(string candidate)
        {
            attempts++;
            return stillFails(candidate);
        }

        var current = ShrinkRepetitions(input, Fails, HaveTime);
        var chunk = Math.Max(1, current.Length / 2);
        while (HaveTime())
        {
            var removedAny = false;
            for (var start = 0; start < current.Length && HaveTime();)
            {
                var candidate = current.Remove(start, Math.Min(chunk, current.Length - start));
                if (Fails(candidate))
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

    /// <summary>
    /// Bisects the count of each long repetition: an input nested a hundred thousand deep fails
    /// from some depth on, which a few dozen tries find where deleting chunks would take thousands.
    /// </summary>
    private static string ShrinkRepetitions(string input, Func<string, bool> fails, Func<bool> haveTime)
    {
        var current = input;

        // Right to left, so that shrinking one run leaves the positions of those before it valid.
        foreach (var run in Repetitions.Find(input).AsEnumerable().Reverse())
        {
            int low = 0, high = run.Count;
            while (low < high && haveTime())
            {
                var middle = low + ((high - low) / 2);
                if (fails(Repetitions.WithCount(current, run, middle)))
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            current = Repetitions.WithCount(current, run, high);
        }

        return current;
    }
}
