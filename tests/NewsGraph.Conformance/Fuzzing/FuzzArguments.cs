using System.Globalization;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>The fuzz commands' "--name value" arguments, and the options they share.</summary>
internal static class FuzzArguments
{
    /// <summary>Hands each pair, in order, to <paramref name="apply"/>, which returns false for an unknown name or a bad value.</summary>
    public static bool TryParse(IReadOnlyList<string> args, Func<string, string, bool> apply, out string error)
    {
        error = "";
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                error = $"{args[i]} needs a value";
                return false;
            }

            if (!apply(args[i], args[i + 1]))
            {
                error = $"unknown option or bad value: {args[i]} {args[i + 1]}";
                return false;
            }
        }

        return true;
    }

    public static bool TryCases(string value, out int cases) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out cases) && cases > 0;

    public static bool TrySeed(string value, out int seed) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out seed);

    public static bool TrySeconds(string value, out TimeSpan limit)
    {
        var valid = double.TryParse(value, CultureInfo.InvariantCulture, out var seconds) && seconds > 0;
        limit = valid ? TimeSpan.FromSeconds(seconds) : default;
        return valid;
    }
}
