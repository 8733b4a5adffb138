using Microsoft.EntityFrameworkCore;
using OpenData.Api.ResourceCentres;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>
/// A resource centre's lead organisation read for a selection of that field alone. The seeded resource centre has none, so
/// <see cref="GraphQLSelectionTests"/> cannot tell a lead read for its selection from one never read: here it has one.
/// </summary>
public sealed class ResourceCentreLeadSelectionTests : OwnDatabaseTests
{
    private const string Centre = "rrc-stockholm-gotland";
    private const string Lead = "region-stockholm";

    [Theory]
    [InlineData("{ resourceCentres(first: 60) { nodes { slug id leadOrganisation { slug } } } }", "resourceCentres", "nodes")]
    [InlineData($$"""{ resourceCentre(id: "{{Centre}}") { slug id leadOrganisation { slug } } }""", "resourceCentre", null)]
    public async Task ALeadOrganisationAskedAloneAnswersAsTheWholeRecordDoes(string query, string field, string? list)
    {
        await Factory.QueryAsync(db => db.ResourceCentres.Where(r => r.Id == Centre)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeadOrganisationId, Lead)));
        using var client = Factory.CreateClient();

        var answer = (await client.QueryAsync(query)).GetProperty(field);
        var centre = list is null ? answer : answer.GetProperty(list).EnumerateArray().Single(r => r.GetProperty("slug").GetString() == Centre);
        var whole = (await client.QueryAsync("query($id: ID!) { node(id: $id) { ... on ResourceCentre { leadOrganisation { slug } } } }",
            new { id = centre.GetProperty("id").GetString() })).GetProperty("node");

        Assert.Equal(Lead, whole.GetProperty("leadOrganisation").GetProperty("slug").GetString());
        Assert.Equal(Lead, centre.GetProperty("leadOrganisation").GetProperty("slug").GetString());
    }
}
