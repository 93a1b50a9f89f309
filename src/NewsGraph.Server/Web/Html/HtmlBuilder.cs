using System.Net;
using System.Text;

namespace NewsGraph.Server.Web.Html;

/// <summary>Builds a page: markup the code writes goes in raw, every value from the data is encoded.</summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder _sb = new();

    public HtmlBuilder Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    /// <summary>Text content or an attribute value, encoded (quotes included).</summary>
    public HtmlBuilder Text(string? text)
    {
        _sb.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    /// <summary>A link to an address the page computed or read from the data.</summary>
    public HtmlBuilder Link(string href, string text, string? cssClass = null)
    {
        Raw("<a href=\"").Text(href).Raw("\"");
        if (cssClass is not null)
        {
            Raw(" class=\"").Text(cssClass).Raw("\"");
        }

        return Raw(">").Text(text).Raw("</a>");
    }

    public override string ToString() => _sb.ToString();
}
