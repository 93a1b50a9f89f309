using System.Globalization;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>The fuzz commands' "--name value" arguments: the <see cref="CampaignOptions"/> they all take, and each command's own.</summary>
internal static class FuzzArguments
{
    /// <summary>
    /// Applies each pair, in order, to <paramref name="options"/>: --cases, --seed and --seconds here, any other
    /// by <paramref name="apply"/>, which returns null for an unknown name or a bad value.
    /// </summary>
    public static bool TryParse<T>(IReadOnlyList<string> args, T options, Func<T, string, string, T?> apply, out T parsed, out string error)
        where T : CampaignOptions
    {
        parsed = options;
        error = "";
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                error = $"{args[i]} needs a value";
                return false;
            }

            var next = TryCampaign(parsed, args[i], args[i + 1]) ?? apply(parsed, args[i], args[i + 1]);
            if (next is null)
            {
                error = $"unknown option or bad value: {args[i]} {args[i + 1]}";
                return false;
            }

            parsed = next;
        }

        return true;
    }

    private static T? TryCampaign<T>(T options, string name, string value) where T : CampaignOptions
    {
        // 'with' keeps the runtime type of a record, so the copy is still a T.
        CampaignOptions campaign = options;
        return name switch
        {
            "--cases" when int.TryParse(value, CultureInfo.InvariantCulture, out var cases) && cases > 0 => (T)(campaign with { Cases = cases }),
            "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed) => (T)(campaign with { Seed = seed }),
            "--seconds" when double.TryParse(value, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 =>
                (T)(campaign with { TimeLimit = TimeSpan.FromSeconds(seconds) }),
            _ => null,
        };
    }
}
