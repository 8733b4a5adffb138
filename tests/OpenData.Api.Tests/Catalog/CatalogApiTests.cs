using System.Net;
using System.Net.Http.Headers;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Catalog;

/// <summary>The DCAT-AP-SE catalogue, parsed as RDF and checked for the mandatory properties.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class CatalogApiTests(SeededApi api)
{
    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Dcterms = "http://purl.org/dc/terms/";
    private const string Type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";

    [Fact]
    public async Task RdfXmlIsTheDefaultAndTheThreeSyntaxesHoldTheSameGraph()
    {
        var (xmlType, xml) = await GetAsync(null);
        var (turtleType, turtle) = await GetAsync("text/turtle");
        var (jsonLdType, jsonLd) = await GetAsync("application/ld+json");

        Assert.Equal(("application/rdf+xml", "text/turtle", "application/ld+json"), (xmlType, turtleType, jsonLdType));
        var fromXml = RdfReaders.ReadRdfXml(xml);
        Assert.True(fromXml.Count > 100);
        Assert.True(fromXml.SetEquals(RdfReaders.ReadTurtle(turtle)), "Turtle differs from RDF/XML");
        Assert.True(fromXml.SetEquals(RdfReaders.ReadJsonLd(jsonLd)), "JSON-LD differs from RDF/XML");
    }

    [Fact]
    public async Task TheCatalogueHasItsMandatoryPropertiesAndListsEveryDataset()
    {
        var graph = RdfReaders.ReadRdfXml((await GetAsync(null)).Body);
        var catalog = Single(graph, Type, $"<{Dcat}Catalog>");
        var datasets = await api.Client.GetJsonAsync("/api/v1/datasets?limit=100");

        foreach (var property in new[] { "title", "description", "publisher" })
        {
            Assert.Contains(graph, t => t.Subject == catalog && t.Predicate == Dcterms + property);
        }
        Assert.Equal(datasets.TotalCount(), graph.Count(t => t.Subject == catalog && t.Predicate == Dcat + "dataset"));
        Assert.Contains(graph, t => t.Subject == catalog && t.Predicate == Dcat + "service");
    }

    [Fact]
    public async Task EveryDatasetHasItsMandatoryPropertiesAndADistributionPerDownloadFormat()
    {
        var graph = RdfReaders.ReadRdfXml((await GetAsync(null)).Body);
        var datasets = Subjects(graph, $"<{Dcat}Dataset>");

        Assert.Equal(4, datasets.Count);
        foreach (var dataset in datasets)
        {
            foreach (var property in new[] { Dcterms + "title", Dcterms + "description", Dcterms + "publisher", Dcat + "contactPoint" })
            {
                Assert.True(graph.Any(t => t.Subject == dataset && t.Predicate == property), $"{dataset} has no {property}");
            }
            var distributions = Distributions(graph, dataset);
            Assert.Equal(5, distributions.Count);
            foreach (var distribution in distributions)
            {
                Assert.Contains(graph, t => t.Subject == distribution && t.Predicate == Dcat + "accessURL");
                Assert.Contains(graph, t => t.Subject == distribution && t.Predicate == Dcterms + "format");
            }
        }
        var population = datasets.Single(d => d.EndsWith("/scb-folkmangd", StringComparison.Ordinal));
        var csv = population + "#distribution-csv";
        Assert.Contains(new TestTriple(csv, Dcterms + "license", "<http://creativecommons.org/publicdomain/zero/1.0/>"), graph);
        Assert.Contains(new TestTriple(csv, Dcat + "downloadURL", $"<{population}/data?format=csv>"), graph);
        var parquet = population + "#distribution-parquet";
        Assert.Contains(new TestTriple(parquet, Dcat + "downloadURL", $"<{population}/data?format=parquet>"), graph);
        Assert.Contains(new TestTriple(parquet, Dcterms + "format", "<http://publications.europa.eu/resource/authority/file-type/PARQUET>"), graph);
        Assert.Contains(graph, t => t.Subject == population && t.Predicate == Dcterms + "accrualPeriodicity"
                                    && t.Object == "<http://publications.europa.eu/resource/authority/frequency/ANNUAL>");
    }

    [Fact]
    public async Task TheApiIsADataServiceDescribedByItsOpenApiDocumentServingEveryDataset()
    {
        var graph = RdfReaders.ReadRdfXml((await GetAsync(null)).Body);
        var service = Single(graph, Type, $"<{Dcat}DataService>");
        var catalog = Single(graph, Type, $"<{Dcat}Catalog>");

        Assert.Contains(new TestTriple(service, Dcat + "endpointURL", "<http://localhost/api/v1>"), graph);
        Assert.Contains(new TestTriple(service, Dcat + "endpointDescription", "<http://localhost/openapi/v1.json>"), graph);
        Assert.Contains(graph, t => t.Subject == service && t.Predicate == Dcterms + "title");
        Assert.Contains(new TestTriple(catalog, Dcat + "service", $"<{service}>"), graph);
        Assert.Equal(
            graph.Where(t => t.Subject == catalog && t.Predicate == Dcat + "dataset").Select(t => t.Object).Order(),
            graph.Where(t => t.Subject == service && t.Predicate == Dcat + "servesDataset").Select(t => t.Object).Order());
    }

    [Fact]
    public async Task ADatasetWithoutAStatedLicenceClaimsNoneAndCarriesItsLicenceNoteAsOneRightsStatement()
    {
        var graph = RdfReaders.ReadRdfXml((await GetAsync(null)).Body);
        const string nasp = "http://localhost/api/v1/datasets/nasp-sjalvmordstal-lan";
        var notes = new List<string>();
        foreach (var language in new[] { "sv", "en" })
        {
            var dataset = await api.Client.GetJsonAsync($"/api/v1/datasets/nasp-sjalvmordstal-lan?lang={language}");
            notes.Add(RdfReaders.Literal(dataset.GetProperty("licence").GetProperty("note").GetString()!, language));
        }

        foreach (var distribution in Distributions(graph, nasp))
        {
            Assert.DoesNotContain(graph, t => t.Subject == distribution && t.Predicate == Dcterms + "license");
            Assert.Equal($"<{nasp}#rights>", Assert.Single(graph, t => t.Subject == distribution && t.Predicate == Dcterms + "rights").Object);
        }
        Assert.Contains(new TestTriple($"{nasp}#rights", Type, $"<{Dcterms}RightsStatement>"), graph);
        Assert.Equal(notes.Order(), graph.Where(t => t.Subject == $"{nasp}#rights" && t.Predicate == Rdfs + "label").Select(t => t.Object).Order());
        // Psykiatrin i siffror states neither a licence nor a note: nothing is said about its rights.
        foreach (var distribution in Distributions(graph, "http://localhost/api/v1/datasets/psykiatrin-i-siffror"))
        {
            Assert.DoesNotContain(graph, t => t.Subject == distribution && t.Predicate is Dcterms + "license" or Dcterms + "rights");
        }
    }

    [Fact]
    public async Task WithoutOperatorSettingsTheCatalogueClaimsNoMailboxAndNoPublisherType()
    {
        var graph = RdfReaders.ReadRdfXml((await GetAsync(null)).Body);
        var contact = Single(graph, Type, "<http://www.w3.org/2006/vcard/ns#Kind>");

        Assert.DoesNotContain(graph, t => t.Subject == contact && t.Predicate == "http://www.w3.org/2006/vcard/ns#hasEmail");
        Assert.DoesNotContain(graph, t => t.Subject == "http://localhost/#publisher" && t.Predicate == Dcterms + "type");
    }

    [Fact]
    public async Task PublishersAndTheContactPointAreNamedNodesWithNames()
    {
        var graph = RdfReaders.ReadRdfXml((await GetAsync(null)).Body);

        foreach (var agent in Subjects(graph, "<http://xmlns.com/foaf/0.1/Agent>"))
        {
            Assert.Contains(graph, t => t.Subject == agent && t.Predicate == "http://xmlns.com/foaf/0.1/name");
        }
        var contact = Single(graph, Type, "<http://www.w3.org/2006/vcard/ns#Organization>");
        Assert.Contains(graph, t => t.Subject == contact && t.Predicate == "http://www.w3.org/2006/vcard/ns#fn");
        Assert.All(graph, t => Assert.StartsWith("http", t.Subject, StringComparison.Ordinal));
        Assert.Contains(graph, t => t.Subject.EndsWith("/api/v1/organisations/scb", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnacceptableSyntaxIs406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalog");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        Assert.Equal(HttpStatusCode.NotAcceptable, (await api.Client.SendAsync(request)).StatusCode);
    }

    private async Task<(string? Type, string Body)> GetAsync(string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalog");
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }
        var response = await api.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static List<string> Subjects(HashSet<TestTriple> graph, string type) =>
        [.. graph.Where(t => t.Predicate == Type && t.Object == type).Select(t => t.Subject)];

    private static List<string> Distributions(HashSet<TestTriple> graph, string dataset) =>
        [.. graph.Where(t => t.Subject == dataset && t.Predicate == Dcat + "distribution").Select(t => t.Object.Trim('<', '>'))];

    private static string Single(HashSet<TestTriple> graph, string predicate, string value) =>
        Assert.Single(graph, t => t.Predicate == predicate && t.Object == value).Subject;
}
