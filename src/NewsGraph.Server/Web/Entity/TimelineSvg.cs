using System.Globalization;
using NewsGraph.Server.Web.Html;

namespace NewsGraph.Server.Web.Entity;

/// <summary>
/// The entity's dated events on one axis of years, a dot per event coloured by kind (a date known
/// only to the year or month sits at the middle of it); hovering a dot names the event.
/// </summary>
internal static class TimelineSvg
{
    private const double Width = 1000;
    private const double Height = 64;
    private const double Pad = 24;
    private const double Axis = 38;

    public static void Write(HtmlBuilder html, IReadOnlyList<EntityEvent> events)
    {
        var dated = events.Where(e => e.Date is not null).ToList();
        if (dated.Count == 0)
        {
            return;
        }

        var firstYear = dated.Min(e => e.Date!.Value.First.Year);
        var lastYear = dated.Max(e => e.Date!.Value.Last.Year) + 1;
        var start = new DateOnly(firstYear, 1, 1).DayNumber;
        var span = Math.Max(new DateOnly(lastYear, 1, 1).DayNumber - start, 1);
        double X(int dayNumber) => Pad + (Width - 2 * Pad) * (dayNumber - start) / span;

        html.Raw($"<svg class=\"timeline-axis\" id=\"timeline-axis\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Events by date\">")
            .Raw($"<line class=\"axis\" x1=\"{Pad}\" y1=\"{Axis}\" x2=\"{Width - Pad}\" y2=\"{Axis}\"/>");
        var step = Math.Max(1, (lastYear - firstYear) / 12);
        for (var year = firstYear; year <= lastYear; year += step)
        {
            var x = Number(X(new DateOnly(year, 1, 1).DayNumber));
            html.Raw($"<line class=\"tick\" x1=\"{x}\" y1=\"{Axis - 4}\" x2=\"{x}\" y2=\"{Axis + 4}\"/><text x=\"{x}\" y=\"{Height - 6}\">{year}</text>");
        }

        foreach (var e in dated)
        {
            var middle = (e.Date!.Value.First.DayNumber + e.Date.Value.Last.DayNumber) / 2;
            html.Raw("<circle class=\"").Text(e.Kind.ToLowerInvariant()).Raw($"\" cx=\"{Number(X(middle))}\" cy=\"{Axis - 12}\" r=\"6\"><title>")
                .Text($"{e.DateText}: {EntityPage.KindName(e.Kind)} with {string.Join(", ", e.Others.Select(o => o.Name))}").Raw("</title></circle>");
        }

        html.Raw("</svg>");
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
