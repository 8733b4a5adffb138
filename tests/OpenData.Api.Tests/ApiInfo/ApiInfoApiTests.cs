using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Organisations;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.ApiInfo;

[Collection(SeededApiCollection.Name)]
public sealed class ApiInfoApiTests(SeededApi api)
{
    [Fact]
    public async Task ApiInfoDescribesTheApiItsLicenceAndItsLimits()
    {
        var info = await api.Client.GetFromJsonAsync<JsonElement>("/api/v1/api-info");

        Assert.Equal("v1", info.GetProperty("version").GetString());
        Assert.Equal("CC-BY-4.0", info.GetProperty("licence").GetProperty("id").GetString());
        Assert.Equal("http://creativecommons.org/licenses/by/4.0/", info.GetProperty("licence").GetProperty("uri").GetString());
        Assert.False(string.IsNullOrEmpty(info.GetProperty("contact").GetProperty("name").GetString()));
        var limits = info.GetProperty("limits");
        Assert.Equal(20, limits.GetProperty("defaultPageSize").GetInt32());
        Assert.Equal(100, limits.GetProperty("maxPageSize").GetInt32());
        Assert.Equal(10_000, limits.GetProperty("maxObservationPageSize").GetInt32());
        Assert.Equal("/openapi/v1.json", info.GetProperty("documentation").GetProperty("openApi").GetString());
    }

    [Fact]
    public async Task ApiInfoReportsWhenTheDataLastChanged()
    {
        var info = await api.Client.GetFromJsonAsync<JsonElement>("/api/v1/api-info");
        var latest = await api.Factory.QueryAsync(db => db.Organisations.MaxAsync(o => o.UpdatedAt));

        var reported = info.GetProperty("dataLastModified").GetDateTime();
        Assert.Equal(DateTimeKind.Utc, reported.Kind);
        Assert.True(reported >= latest);
        Assert.EndsWith("Z", info.GetProperty("dataLastModified").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiInfoIsJson()
    {
        var response = await api.Client.GetAsync("/api/v1/api-info");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }
}
