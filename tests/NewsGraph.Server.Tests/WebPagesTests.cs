using System.Net;
using System.Text.RegularExpressions;

namespace NewsGraph.Server.Tests;

public sealed partial class WebPagesTests(WebTestServer server) : IClassFixture<WebTestServer>
{
    private const string Entity = "https://w3id.org/newsgraph/id/entity/";

    [Fact]
    public async Task Front_page_offers_the_editor_and_the_examples()
    {
        var html = await Get("/", HttpStatusCode.OK);

        Assert.Contains("<textarea name=\"query\"", html);
        Assert.Contains("Who visited whom", html);
        Assert.Contains("/?example=02-meetings-between-two-states", html);
    }

    [Fact]
    public async Task An_example_query_shows_its_rows_with_links_to_entity_pages()
    {
        var html = await Get("/?example=01-who-visited-whom", HttpStatusCode.OK);

        var rows = TableRows(html);
        var visit = Assert.Single(rows);
        Assert.Contains("href=\"/entity/alexander-lukashenko\"", visit);
        Assert.Contains("href=\"/entity/people-s-republic-of-china\"", visit);
        Assert.Contains("2023-12-03", visit);
        // An article has no page: its link describes it in the editor.
        Assert.Contains("href=\"/?query=DESCRIBE%20%3Chttps%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Farticle%2Ft-1%3E\"", visit);
    }

    [Fact]
    public async Task A_query_typed_in_runs_and_its_text_stays_in_the_editor()
    {
        const string query = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?who WHERE { ?c a ng:PhoneCall ; ng:participant ?who } ORDER BY ?who";
        var html = await Get("/?query=" + Uri.EscapeDataString(query), HttpStatusCode.OK);

        Assert.Equal(2, TableRows(html).Count);
        Assert.Contains("2 results", html);
        Assert.Contains(WebUtility.HtmlEncode(query), html);
    }

    [Fact]
    public async Task An_ask_query_answers_yes_or_no()
    {
        var html = await Get("/?query=" + Uri.EscapeDataString("ASK { ?s ?p \"nothing like this\" }"), HttpStatusCode.OK);

        Assert.Contains("no (false)", html);
    }

    [Fact]
    public async Task A_bad_query_is_answered_400_with_where_the_error_is()
    {
        var html = await Get("/?query=" + Uri.EscapeDataString("SELECT * WHERE { ?s ?p }"), HttpStatusCode.BadRequest);

        Assert.Matches("This is not valid SPARQL: line 1, column \\d+", html);
    }

    [Fact]
    public async Task Entity_page_shows_names_offices_links_events_and_sources()
    {
        var html = await Get("/entity/alexander-lukashenko", HttpStatusCode.OK);

        Assert.Contains("<h1 id=\"entity-name\">Alexander Lukashenko</h1>", html);
        Assert.Contains("Александр Лукашенко", html);
        Assert.Contains("ألكسندر لوكاشينكو", html);
        Assert.Contains("President of Belarus", html);
        Assert.Contains("href=\"http://www.wikidata.org/entity/Q2866\"", html);
        Assert.Contains(">DBpedia<", html);

        // The timeline: oldest first, each with the others in it and its source sentence.
        var timeline = Section(html, "timeline");
        var call = timeline.IndexOf("2019-05-10", StringComparison.Ordinal);
        var visit = timeline.IndexOf("2023-12-03", StringComparison.Ordinal);
        Assert.True(call >= 0 && visit > call, "the 2019 call comes before the 2023 visit");
        Assert.Contains("Phone call", timeline);
        Assert.Contains("as visitor", timeline);
        Assert.Contains("href=\"/entity/vladimir-putin\"", timeline);
        Assert.Contains("Владимир Путин провёл телефонный разговор", timeline);
        Assert.Contains("href=\"https://news.example/t-1\"", timeline);

        Assert.Contains("Our friendship is unbreakable", Section(html, "statements"));

        // The axis above the list: a dot per dated event, years from the first to after the last.
        var axis = Section(html, "timeline-axis");
        Assert.Equal(3, CirclePattern().Count(axis));
        Assert.Contains(">2019</text>", axis);
        Assert.Contains(">2024</text>", axis);
    }

    [Fact]
    public async Task A_state_page_lists_who_holds_its_offices()
    {
        var html = await Get("/entity/belarus", HttpStatusCode.OK);

        Assert.Contains("Office holders", html);
        Assert.Contains("href=\"/entity/alexander-lukashenko\"", html);
        Assert.Contains("href=\"http://www.wikidata.org/entity/Q184\"", html);
    }

    [Theory]
    [InlineData("/entity/nobody-at-all")]
    [InlineData("/entity/bad%3E%20slug")]
    public async Task Unknown_or_malformed_entities_are_404(string path)
    {
        await Get(path, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Network_draws_states_and_leaders_with_an_edge_per_kind_of_contact()
    {
        var html = await Get("/network", HttpStatusCode.OK);

        Assert.Contains("<svg id=\"network\"", html);
        var edges = Edges(html);
        Assert.Contains(("Visit", Entity + "alexander-lukashenko", Entity + "people-s-republic-of-china"), edges);
        Assert.Contains(("Meeting", Entity + "alexander-lukashenko", Entity + "xi-jinping"), edges);
        Assert.Contains(("PhoneCall", Entity + "alexander-lukashenko", Entity + "vladimir-putin"), edges);
        // Belarus took part in the meeting through its own president: no extra Belarus edges.
        Assert.DoesNotContain(edges, e => e.Source == Entity + "belarus" || e.Target == Entity + "belarus");
        Assert.Contains("data-iri=\"" + Entity + "belarus\"", html);
        Assert.Contains("<a href=\"/entity/xi-jinping\">", html);
        Assert.Contains("Alexander Lukashenko visited People&#39;s Republic of China: 1 event (2023-12-03)", html);
    }

    [Fact]
    public async Task Network_filtered_by_period_keeps_only_the_events_in_it()
    {
        var in2019 = Edges(await Get("/network?from=2019&to=2019-12", HttpStatusCode.OK));
        var since2020 = Edges(await Get("/network?from=2020-01-01", HttpStatusCode.OK));

        Assert.Equal([("PhoneCall", Entity + "alexander-lukashenko", Entity + "vladimir-putin")], in2019);
        Assert.Equal(2, since2020.Count);
        Assert.DoesNotContain(since2020, e => e.Kind == "PhoneCall");
    }

    [Fact]
    public async Task Network_with_a_bad_date_says_what_a_date_looks_like()
    {
        var html = await Get("/network?from=last+year", HttpStatusCode.BadRequest);

        Assert.Contains("'last year' is not a date for \"from\"", WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task Style_and_script_are_served_from_the_assembly()
    {
        using var css = await server.Client.GetAsync("/assets/site.css");
        using var js = await server.Client.GetAsync("/assets/page.js");

        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("#network", await css.Content.ReadAsStringAsync());
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/assets/missing.js")).StatusCode);
    }

    private async Task<string> Get(string path, HttpStatusCode expected)
    {
        using var response = await server.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode}\n{html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return html;
    }

    private static List<string> TableRows(string html) =>
        RowPattern().Matches(html[html.IndexOf("<tbody>", StringComparison.Ordinal)..]).Select(m => m.Value).ToList();

    private static List<(string Kind, string Source, string Target)> Edges(string html) =>
        EdgePattern().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();

    /// <summary>The markup from the element with this id to the end of its section.</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element #{id}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [GeneratedRegex("<circle ")]
    private static partial Regex CirclePattern();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("class=\"edge [a-z]+\"[^>]*data-kind=\"(\\w+)\" data-source=\"([^\"]+)\" data-target=\"([^\"]+)\"")]
    private static partial Regex EdgePattern();
}
