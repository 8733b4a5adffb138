using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Datasets;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Catalog;

/// <summary>Whatever text a publisher stored, the catalogue answers in every syntax and carries the text as it is.</summary>
public sealed class CatalogTextTests : IAsyncLifetime
{
    private const string Title = "http://purl.org/dc/terms/title";
    private const string RdfXml = "application/rdf+xml";
    private const string Turtle = "text/turtle";
    private const string JsonLd = "application/ld+json";

    /// <summary>Text that RDF syntaxes give a meaning to, or that a careless writer mangles.</summary>
    private static readonly string[] Awkward =
    [
        "\"", "\\", "\n", "\r", "\r\n", "\t", "\"\"\"", "'''", "'", "null", "true", "false", "a", "@", "@sv", "^^", "<", ">", "&", "&amp;",
        "]]>", "<!--", "#", ";", ".", ",", " ", "  ", "{", "}", "|", "`", "%20", "\\u0041", "\\n", "😀", "👩‍👩‍👧", "e\u0301", "\u0308", "\u00A0",
        "\u2028", "\u0085", "\u007F", "\uFEFF", "\uFFFD", "\U0010FFFD", "å", "Ω", "日本",
    ];

    private static readonly Comparer<TestTriple> Triples = Comparer<TestTriple>.Create((a, b) =>
        string.CompareOrdinal(a.Subject + " " + a.Object, b.Subject + " " + b.Object));

    private readonly OpenDataApiFactory _factory = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    [Fact]
    public async Task RandomUnicodeTitlesComeBackIdenticalFromRdfXmlTurtleAndJsonLd()
    {
        const int datasets = 50;
        var ids = Enumerable.Range(0, datasets).Select(i => $"text-{i:D2}").ToList();
        await _factory.QueryAsync(db =>
        {
            db.Datasets.AddRange(ids.Select(id => new Dataset { Id = id, TitleSv = id, Modified = DateTime.UtcNow }));
            return db.SaveChangesAsync();
        });
        var random = new Random(20261125);
        string[] edges = ["null", "true", "\"\"\"", "ends in a quote\"", "ends in a backslash\\", "", "   ", "\t", "line\r\nbreak\rand\nmore"];

        // Two rounds of 50 datasets × 2 languages: 200 titles, each read back from all three syntaxes.
        for (var round = 0; round < 2; round++)
        {
            var titles = ids.ToDictionary(id => id, id => (Sv: RandomTitle(random), En: RandomTitle(random)));
            if (round == 0)
            {
                foreach (var (edge, i) in edges.Select((e, i) => (e, i)))
                {
                    titles[ids[i]] = (edge, titles[ids[i]].En);
                }
            }
            await SetTitlesAsync(titles);
            var expected = titles.SelectMany(t => new[]
            {
                new TestTriple(DatasetIri(t.Key), Title, RdfReaders.Literal(t.Value.Sv, "sv")),
                new TestTriple(DatasetIri(t.Key), Title, RdfReaders.Literal(t.Value.En, "en")),
            }).Order(Triples).ToList();

            foreach (var (syntax, read) in Readers())
            {
                var graph = read(await GetCatalogueAsync(syntax));
                var actual = graph.Where(t => t.Predicate == Title && titles.ContainsKey(t.Subject[(t.Subject.LastIndexOf('/') + 1)..])).Order(Triples).ToList();
                Assert.True(expected.SequenceEqual(actual), $"{syntax}, round {round}: {Difference(expected, actual)}");
            }
        }
    }

    [Fact]
    public async Task ATitleWithCharactersXmlCannotCarryStillGivesACatalogueInEverySyntax()
    {
        // Stored behind the API's back: the API refuses such text, and PostgreSQL cannot hold NUL at all.
        var title = TestDatabase.OnPostgres ? "a\u0002b\u0001c\u001Fd\uFFFEe\uFFFF" : "a\0b\u0001c\u001Fd\uFFFEe\uFFFF";
        await SetTitlesAsync(new() { ["scb-folkmangd"] = (title, "null") });
        var iri = DatasetIri("scb-folkmangd");

        var xml = RdfReaders.ReadRdfXml(await GetCatalogueAsync(RdfXml));
        var turtle = RdfReaders.ReadTurtle(await GetCatalogueAsync(Turtle));
        var jsonLd = RdfReaders.ReadJsonLd(await GetCatalogueAsync(JsonLd));

        // XML 1.0 has no way to write these characters; the RDF/XML form gives U+FFFD in their place.
        Assert.Contains(new TestTriple(iri, Title, RdfReaders.Literal("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD", "sv")), xml);
        Assert.Contains(new TestTriple(iri, Title, RdfReaders.Literal(title, "sv")), turtle);
        Assert.Contains(new TestTriple(iri, Title, RdfReaders.Literal(title, "sv")), jsonLd);
        Assert.All(new[] { xml, turtle, jsonLd }, graph => Assert.Contains(new TestTriple(iri, Title, RdfReaders.Literal("null", "en")), graph));
    }

    [Fact]
    public async Task StoredIrisWithCharactersNoIriMayHoldArePercentEncodedAlikeInEverySyntax()
    {
        await _factory.QueryAsync(db => db.Datasets.Where(d => d.Id == "scb-folkmangd").ExecuteUpdateAsync(s => s
            .SetProperty(d => d.LicenceUri, "http://example.org/licence a<b>\"{c}|d^e`f\\g\u0001")
            .SetProperty(d => d.Theme, "SO CI>")));
        var iri = DatasetIri("scb-folkmangd");
        var licence = new TestTriple(iri + "#distribution-csv", "http://purl.org/dc/terms/license",
            "<http://example.org/licence%20a%3Cb%3E%22%7Bc%7D%7Cd%5Ee%60f%5Cg%01>");
        var theme = new TestTriple(iri, "http://www.w3.org/ns/dcat#theme", "<http://publications.europa.eu/resource/authority/data-theme/SO%20CI%3E>");

        foreach (var (syntax, read) in Readers())
        {
            var graph = read(await GetCatalogueAsync(syntax));

            Assert.Contains(licence, graph);
            Assert.Contains(theme, graph);
        }
    }

    private static IEnumerable<(string Syntax, Func<string, HashSet<TestTriple>> Read)> Readers() =>
        [(RdfXml, RdfReaders.ReadRdfXml), (Turtle, RdfReaders.ReadTurtle), (JsonLd, RdfReaders.ReadJsonLd)];

    private async Task<string> GetCatalogueAsync(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalog");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{accept}: {(int)response.StatusCode} {body}");
        Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    private Task<int> SetTitlesAsync(Dictionary<string, (string Sv, string En)> titles) => _factory.QueryAsync(async db =>
    {
        foreach (var (id, (sv, en)) in titles)
        {
            await db.Datasets.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.TitleSv, sv).SetProperty(d => d.TitleEn, en));
        }
        return titles.Count;
    });

    private string DatasetIri(string id) => new Uri(_client.BaseAddress!, $"/api/v1/datasets/{id}").AbsoluteUri;

    /// <summary>Up to a dozen pieces, each awkward text or a random character XML can carry, from any plane.</summary>
    private static string RandomTitle(Random random)
    {
        var title = new StringBuilder();
        for (var pieces = random.Next(1, 13); pieces > 0; pieces--)
        {
            title.Append(random.Next(2) == 0 ? Awkward[random.Next(Awkward.Length)] : char.ConvertFromUtf32(RandomCharacter(random)));
        }
        return title.ToString();
    }

    private static int RandomCharacter(Random random)
    {
        while (true)
        {
            var code = random.Next(4) switch
            {
                0 => random.Next(0x20, 0x80),
                1 => random.Next(0x80, 0x800),
                2 => random.Next(0x800, 0x10000),
                _ => random.Next(0x10000, 0x110000),
            };
            if (code is not (>= 0xD800 and <= 0xDFFF or 0xFFFE or 0xFFFF))
            {
                return code;
            }
        }
    }

    private static string Difference(List<TestTriple> expected, List<TestTriple> actual) =>
        $"missing {string.Join(" | ", expected.Except(actual).Take(3).Select(Visible))}; unexpected {string.Join(" | ", actual.Except(expected).Take(3).Select(Visible))}";

    private static string Visible(TestTriple triple) =>
        $"{triple.Subject} {string.Concat(triple.Object.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()))}";
}
