using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenData.Api.Catalog;
using OpenData.Api.Organisations;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Catalog;

/// <summary>How the catalogue names and types publishers, and the operator settings it relies on.</summary>
public sealed class CatalogPublisherTests
{
    [Theory]
    [InlineData(OrganisationKind.Government, null, "NationalAuthority")]
    [InlineData(OrganisationKind.GovernmentAgency, null, "NationalAuthority")]
    [InlineData(OrganisationKind.Region, null, "RegionalAuthority")]
    [InlineData(OrganisationKind.Municipality, null, "LocalAuthority")]
    [InlineData(OrganisationKind.MunicipalAssociation, null, "NonGovernmentalOrganisation")]
    [InlineData(OrganisationKind.CivilSociety, null, "NonGovernmentalOrganisation")]
    [InlineData(OrganisationKind.Programme, OrganisationKind.MunicipalAssociation, "NonGovernmentalOrganisation")]
    [InlineData(OrganisationKind.Programme, null, null)]
    [InlineData(OrganisationKind.ForeignPublicBody, null, null)]
    [InlineData(OrganisationKind.InternationalOrganisation, null, null)]
    public void ThePublisherTypeFollowsTheKindAndIsLeftOutWhereTheKindDoesNotSay(OrganisationKind kind, OrganisationKind? parent, string? expected)
    {
        Assert.Equal(expected, CatalogGraph.PublisherType(kind, parent));
        Assert.True(expected is null || Vocabularies.PublisherTypes.ContainsKey(expected));
    }

    [Theory]
    [InlineData("SE", "202100-0000", "http://dataportal.se/organisation/SE2021000000")]
    [InlineData("SE", null, "https://api.example/api/v1/organisations/x")]
    [InlineData("GB", "202100-0000", "https://api.example/api/v1/organisations/x")]
    public void ASwedishOrganisationNumberGivesDataportalsOrganisationIri(string country, string? number, string expected) =>
        Assert.Equal(expected, CatalogGraph.OrganisationIri("https://api.example", "x", country, number));

    [Fact]
    public async Task APublisherWhoseOrganisationNumberIsStoredIsNamedByItsDataportalIriInTheCatalogue()
    {
        var factory = new OpenDataApiFactory();
        try
        {
            using var client = factory.CreateClient();
            await factory.QueryAsync(db => db.Organisations.Where(o => o.Id == "scb").ExecuteUpdateAsync(s => s.SetProperty(o => o.OrganisationNumber, "000000-0001")));

            var graph = RdfReaders.ReadRdfXml(await client.GetStringAsync("/api/v1/catalog"));

            const string agent = "http://dataportal.se/organisation/SE0000000001";
            Assert.Contains(new TestTriple("http://localhost/api/v1/datasets/scb-folkmangd", "http://purl.org/dc/terms/publisher", $"<{agent}>"), graph);
            Assert.Contains(graph, t => t.Subject == agent && t.Predicate == "http://xmlns.com/foaf/0.1/name");
            Assert.DoesNotContain(graph, t => t.Subject.EndsWith("/api/v1/organisations/scb", StringComparison.Ordinal));
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }

    [Theory]
    [InlineData("ApiInfo:ContactEmail", "Registrator <registrator@opendata.test>")]
    [InlineData("ApiInfo:ContactEmail", "registrator")]
    [InlineData("ApiInfo:PublisherType", "Municipality")]
    public async Task ASettingTheCatalogueCannotPublishStopsTheStart(string setting, string value)
    {
        var factory = new OpenDataApiFactory(seed: false, settings: new Dictionary<string, string?> { [setting] = value });
        try
        {
            var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
            Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }
}
