using System.Text;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Catalog;

/// <summary>What dataportal.se needs to harvest the catalogue, from a host configured as an operator registering it there.</summary>
[Collection(DataportalApiCollection.Name)]
public sealed class CatalogHarvestingTests(DataportalApi api)
{
    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Dcterms = "http://purl.org/dc/terms/";
    private const string Type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private const string PublisherTypes = "http://purl.org/adms/publishertype/";
    private const string Base = "http://localhost";

    [Fact]
    public async Task EveryAgentHasANameAndOneAdmsPublisherTypeFromItsKind()
    {
        var graph = await GetGraphAsync();
        var agents = graph.Where(t => t.Predicate == Type && t.Object == "<http://xmlns.com/foaf/0.1/Agent>").Select(t => t.Subject).ToList();

        Assert.Equal(4, agents.Count);
        foreach (var agent in agents)
        {
            Assert.Contains(graph, t => t.Subject == agent && t.Predicate == "http://xmlns.com/foaf/0.1/name");
            var type = Assert.Single(graph, t => t.Subject == agent && t.Predicate == Dcterms + "type").Object;
            Assert.StartsWith($"<{PublisherTypes}", type, StringComparison.Ordinal);
            Assert.Contains(graph, t => $"<{t.Subject}>" == type && t.Predicate == "http://www.w3.org/2004/02/skos/core#prefLabel");
        }
        Assert.Contains(new TestTriple($"{Base}/api/v1/organisations/scb", Dcterms + "type", $"<{PublisherTypes}NationalAuthority>"), graph);
        Assert.Contains(new TestTriple($"{Base}/#publisher", Dcterms + "type", $"<{PublisherTypes}{DataportalApi.PublisherType}>"), graph);
    }

    [Fact]
    public async Task APublisherWithNoKnownOrganisationNumberIsNamedByTheApisOrganisationIri()
    {
        var graph = await GetGraphAsync();

        Assert.Contains(new TestTriple($"{Base}/api/v1/datasets/scb-folkmangd", Dcterms + "publisher", $"<{Base}/api/v1/organisations/scb>"), graph);
        Assert.Contains(new TestTriple($"{Base}/api/v1/datasets/nasp-sjalvmordstal-lan", Dcterms + "publisher", $"<{Base}/api/v1/organisations/nasp>"), graph);
        Assert.DoesNotContain(graph, t => t.Subject.StartsWith("http://dataportal.se/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheContactPointIsOrganisationalWithTheConfiguredMailbox()
    {
        var graph = await GetGraphAsync();
        var contact = Assert.Single(graph, t => t.Predicate == Type && t.Object == "<http://www.w3.org/2006/vcard/ns#Kind>").Subject;

        Assert.Equal($"<mailto:{DataportalApi.ContactEmail}>", Assert.Single(graph, t => t.Subject == contact && t.Predicate == "http://www.w3.org/2006/vcard/ns#hasEmail").Object);
        Assert.All(graph.Where(t => t.Predicate == Dcat + "contactPoint"), t => Assert.Equal($"<{contact}>", t.Object));
    }

    [Fact]
    public async Task EveryDatasetHasOneIdentifierItsOwnIri()
    {
        var graph = await GetGraphAsync();
        var datasets = graph.Where(t => t.Predicate == Type && t.Object == $"<{Dcat}Dataset>").Select(t => t.Subject).ToList();

        Assert.Equal(4, datasets.Count);
        Assert.All(datasets, dataset =>
            Assert.Equal(RdfReaders.Literal(dataset), Assert.Single(graph, t => t.Subject == dataset && t.Predicate == Dcterms + "identifier").Object));
    }

    private async Task<HashSet<TestTriple>> GetGraphAsync() =>
        RdfReaders.ReadRdfXml(Encoding.UTF8.GetString(await api.GetCatalogueAsync("application/rdf+xml")));

    [Fact]
    public async Task WithAPublicBaseUrlTheIdentifiersAreTheSameWhicheverHostIsAsked()
    {
        var factory = new OpenDataApiFactory(settings: new Dictionary<string, string?> { ["ApiInfo:PublicBaseUrl"] = "https://opendata.example.se/" });
        try
        {
            var catalogues = new List<string>();
            foreach (var host in new[] { "localhost", "api.internal:8080" })
            {
                using var client = factory.CreateClient(new() { BaseAddress = new Uri($"http://{host}") });
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalog");
                request.Headers.Accept.ParseAdd("text/turtle");
                catalogues.Add(await (await client.SendAsync(request)).Content.ReadAsStringAsync());
            }

            Assert.Equal(catalogues[0], catalogues[1]);
            Assert.Contains("<https://opendata.example.se/api/v1/datasets/scb-folkmangd>", catalogues[0], StringComparison.Ordinal);
            Assert.DoesNotContain("api.internal", catalogues[1], StringComparison.Ordinal);
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }
}
