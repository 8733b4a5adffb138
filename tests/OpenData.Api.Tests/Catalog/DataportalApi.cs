using System.Net;
using System.Net.Http.Headers;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Catalog;

/// <summary>
/// The seeded API configured as an operator registering its catalogue with dataportal.se must: with an organisational
/// mailbox for the contact point and the catalogue publisher's ADMS type. Shared by the read-only catalogue tests.
/// </summary>
public sealed class DataportalApi() : SeededApi(new Dictionary<string, string?>
{
    ["ApiInfo:ContactEmail"] = ContactEmail,
    ["ApiInfo:PublisherType"] = PublisherType,
})
{
    public const string ContactEmail = "registrator@opendata.test";
    public const string PublisherType = "NonProfitOrganisation";

    /// <summary>The catalogue's bytes, exactly as served in the syntax <paramref name="accept"/> names.</summary>
    public async Task<byte[]> GetCatalogueAsync(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalog");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DataportalApiCollection : ICollectionFixture<DataportalApi>
{
    public const string Name = "Catalogue for dataportal.se";
}
