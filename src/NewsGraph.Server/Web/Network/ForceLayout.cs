namespace NewsGraph.Server.Web.Network;

/// <summary>
/// Places nodes with a force-directed layout (Fruchterman and Reingold): linked nodes pull
/// together, all nodes push apart, a weak pull to the centre keeps separate groups close, and the
/// drawing's edges stop them. It starts from a circle and runs a fixed number of steps, so the same
/// graph is drawn the same way; the result is then scaled to fill the drawing.
/// </summary>
internal static class ForceLayout
{
    private const int Steps = 300;

    public static (double X, double Y)[] Place(int count, IReadOnlyList<(int A, int B, double Weight)> links, double width, double height, double margin)
    {
        var x = new double[count];
        var y = new double[count];
        var (cx, cy) = (width / 2, height / 2);
        for (var i = 0; i < count; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(count, 1);
            x[i] = cx + (width / 3) * Math.Cos(angle);
            y[i] = cy + (height / 3) * Math.Sin(angle);
        }

        var k = Math.Sqrt(width * height / Math.Max(count, 1)) * 0.9;
        var temperature = width / 8;
        var dx = new double[count];
        var dy = new double[count];
        for (var step = 0; step < Steps; step++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (var i = 0; i < count; i++)
            {
                for (var j = i + 1; j < count; j++)
                {
                    var (ex, ey, d) = Delta(x, y, i, j);
                    var push = k * k / d;
                    dx[i] += ex / d * push;
                    dy[i] += ey / d * push;
                    dx[j] -= ex / d * push;
                    dy[j] -= ey / d * push;
                }
            }

            foreach (var (a, b, weight) in links)
            {
                var (ex, ey, d) = Delta(x, y, a, b);
                var pull = d * d / k * weight;
                dx[a] -= ex / d * pull;
                dy[a] -= ey / d * pull;
                dx[b] += ex / d * pull;
                dy[b] += ey / d * pull;
            }

            for (var i = 0; i < count; i++)
            {
                dx[i] += (cx - x[i]) * 0.02 * k / 10;
                dy[i] += (cy - y[i]) * 0.02 * k / 10;
                var length = Math.Max(Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]), 1e-9);
                var move = Math.Min(length, temperature);
                x[i] = Math.Clamp(x[i] + dx[i] / length * move, 0, width);
                y[i] = Math.Clamp(y[i] + dy[i] / length * move, 0, height);
            }

            temperature = Math.Max(temperature * 0.985, 0.5);
        }

        Fit(x, width, margin);
        Fit(y, height, margin);
        return Enumerable.Range(0, count).Select(i => (x[i], y[i])).ToArray();
    }

    /// <summary>Scales one coordinate into [margin, size - margin], keeping a lone node in the middle.</summary>
    private static void Fit(double[] values, double size, double margin)
    {
        if (values.Length == 0)
        {
            return;
        }

        var (min, max) = (values.Min(), values.Max());
        var scale = max - min < 1e-6 ? 0 : (size - 2 * margin) / (max - min);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = scale == 0 ? size / 2 : margin + (values[i] - min) * scale;
        }
    }

    /// <summary>The vector from j to i and its length (never zero, so coincident nodes still part).</summary>
    private static (double X, double Y, double Length) Delta(double[] x, double[] y, int i, int j)
    {
        var ex = x[i] - x[j];
        var ey = y[i] - y[j];
        var d = Math.Sqrt(ex * ex + ey * ey);
        return d < 0.01 ? (0.01 * (i - j), 0.01, 0.01 * Math.Sqrt((i - j) * (i - j) + 1)) : (ex, ey, d);
    }
}
