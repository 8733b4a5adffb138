using OpenData.Api.GraphQL;
using OpenData.Api.Organisations;

namespace OpenData.Api.Tests.GraphQL;

public sealed class NodeProjectionTests
{
    private static readonly string[] Fields = ["kind", "name", "shortName", "description", "country", "municipalityCode", "countyCode", "organisationNumber", "website"];

    // A projection of its own, so that filling it leaves the one the API uses alone.
    private static NodeProjection<Organisation, OrganisationNode> NewProjection() => new(OrganisationNode.From, new Dictionary<string, string[]>
    {
        [nameof(OrganisationNode.Kind)] = ["kind"],
        [nameof(OrganisationNode.Name)] = ["name"],
        [nameof(OrganisationNode.ShortName)] = ["shortName"],
        [nameof(OrganisationNode.Description)] = ["description"],
        [nameof(OrganisationNode.CountryCode)] = ["country"],
        [nameof(OrganisationNode.MunicipalityCode)] = ["municipalityCode"],
        [nameof(OrganisationNode.CountyCode)] = ["countyCode"],
        [nameof(OrganisationNode.OrganisationNumber)] = ["organisationNumber"],
        [nameof(OrganisationNode.Website)] = ["website"],
    });

    private static HashSet<string> Selection(int parts) => [.. Fields.Where((_, i) => (parts & (1 << i)) != 0)];

    [Fact]
    public void SelectionsBeyondTheProjectionsKeptReadTheWholeNodeAndThoseKeptStayNarrow()
    {
        var projection = NewProjection();
        var whole = projection.For(null);

        var kept = Enumerable.Range(0, NodeProjection<Organisation, OrganisationNode>.MaxProjections).Select(parts => projection.For(Selection(parts))).ToList();
        var beyond = projection.For(Selection(NodeProjection<Organisation, OrganisationNode>.MaxProjections));

        Assert.All(kept, p => Assert.NotSame(whole, p));
        Assert.Equal(kept.Count, kept.Distinct().Count());
        Assert.Same(whole, beyond);
        Assert.Same(kept[3], projection.For(Selection(3)));
    }

    [Fact]
    public void SelectionsOfTheSamePartsShareOneProjection()
    {
        var projection = NewProjection();

        Assert.Same(projection.For(new HashSet<string> { "name", "slug" }), projection.For(new HashSet<string> { "name", "id", "__typename" }));
        Assert.NotSame(projection.For(new HashSet<string> { "name" }), projection.For(new HashSet<string> { "name", "website" }));
    }
}
