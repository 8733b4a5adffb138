using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace OpenData.Api.Tests.Infrastructure;

[Collection(SeededApiCollection.Name)]
public sealed class HttpCachingTests(SeededApi api)
{
    [Theory]
    [InlineData("/api/v1/organisations?kind=region")]
    [InlineData("/api/v1/areas/13")]
    [InlineData("/api/v1/api-info")]
    [InlineData("/api/v1/catalog")]
    [InlineData("/graphql?query=%7B%20area(code%3A%20%2200%22)%20%7B%20name%20%7D%20%7D")]
    public async Task EveryGetHasAnETagAndAnswers304WhenUnchanged(string url)
    {
        var first = await api.Client.GetAsync(url);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var revalidated = await api.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("public", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl!.MaxAge);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/v1/datasets/scb-folkmangd")]
    [InlineData("/api/v1/organisations/skr")]
    [InlineData("/api/v1/organisations?kind=region")]
    public async Task AnAnswerInEachLanguageHasItsOwnETagAndSaysItVariesByLanguage(string url)
    {
        async Task<HttpResponseMessage> InAsync(string language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptLanguage.ParseAdd(language);
            return await api.Client.SendAsync(request);
        }

        var swedish = await InAsync("sv");
        var english = await InAsync("en");

        Assert.NotEqual(await swedish.Content.ReadAsStringAsync(), await english.Content.ReadAsStringAsync());
        Assert.NotEqual(swedish.Headers.ETag, english.Headers.ETag);
        Assert.Contains("Accept-Language", swedish.Headers.Vary);
        Assert.Contains("Accept-Language", english.Headers.Vary);
    }

    [Fact]
    public async Task DifferentAnswersHaveDifferentETags()
    {
        var swedish = await api.Client.GetAsync("/api/v1/organisations/skr");
        var english = await api.Client.GetAsync("/api/v1/organisations/skr?lang=en");

        Assert.NotEqual(swedish.Headers.ETag, english.Headers.ETag);
    }
}

/// <summary>A write empties the output cache: nobody reads old data after it.</summary>
public sealed class OutputCacheEvictionTests : IAsyncLifetime
{
    private readonly OpenDataApiFactory _factory = new(outputCache: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    [Fact]
    public async Task RepeatedReadsAreServedFromTheCache()
    {
        using var client = _factory.CreateClient();
        await client.GetJsonAsync("/api/v1/organisations?kind=region");
        var before = _factory.Queries.Count;

        await client.GetJsonAsync("/api/v1/organisations?kind=region");

        Assert.Equal(before, _factory.Queries.Count);
    }

    [Fact]
    public async Task EachQueryStringIsCachedApart()
    {
        using var client = _factory.CreateClient();
        var first = await client.GetJsonAsync("/api/v1/organisations?kind=region&limit=1");
        var two = await client.GetJsonAsync("/api/v1/organisations?kind=region&limit=2");
        var second = await client.GetJsonAsync("/api/v1/organisations?kind=region&limit=1&page=2");
        var beforeReordered = _factory.Queries.Count;
        var reordered = await client.GetJsonAsync("/api/v1/organisations?limit=1&kind=region");
        var beforeAgain = _factory.Queries.Count;
        var firstAgain = await client.GetJsonAsync("/api/v1/organisations?kind=region&limit=1");

        // The same parameters in another order are another entry, read from the database; the same query string again is not.
        Assert.True(beforeAgain > beforeReordered);
        Assert.Equal(beforeAgain, _factory.Queries.Count);

        string IdOf(System.Text.Json.JsonElement page, int i) => page.GetProperty("items")[i].GetProperty("id").GetString()!;
        Assert.Equal(1, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, two.GetProperty("items").GetArrayLength());
        Assert.Equal(IdOf(two, 1), IdOf(second, 0));
        Assert.NotEqual(IdOf(first, 0), IdOf(second, 0));
        Assert.Equal(IdOf(first, 0), IdOf(reordered, 0));
        Assert.Equal(IdOf(first, 0), IdOf(firstAgain, 0));
    }

    [Fact]
    public async Task APollIntervalOfZeroTurnsThePollOffAndTheServerServes()
    {
        await using var unpolled = _factory.WithWebHostBuilder(b => b.UseSetting("Http:DataChangePollSeconds", "0"));
        using var client = unpolled.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        await Task.Delay(300);
        var list = await client.GetAsync("/api/v1/organisations?kind=region&limit=1");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task AChangeMadeOutsideTheServerEmptiesTheCacheSoon()
    {
        await using var watched = _factory.WithWebHostBuilder(b => b.UseSetting("Http:DataChangePollSeconds", "0.2"));
        using var client = watched.CreateClient();
        var before = await client.GetJsonAsync("/api/v1/datasets/scb-folkmangd");
        await Task.Delay(500);

        // Another process (the import command) writes to the same database.
        await _factory.Database.ExecuteAsync("""UPDATE "Datasets" SET "TitleSv" = 'Ändrad utifrån', "UpdatedAt" = '2099-01-01 00:00:00' WHERE "Id" = 'scb-folkmangd'""");
        await Task.Delay(1_000);
        var after = await client.GetJsonAsync("/api/v1/datasets/scb-folkmangd");

        Assert.Equal("Folkmängd", before.GetProperty("title").GetString());
        Assert.Equal("Ändrad utifrån", after.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AWriteIsVisibleAtOnceDespiteTheCache()
    {
        using var client = _factory.CreateClient();
        var before = await client.GetJsonAsync("/api/v1/datasets/nasp-sjalvmordstal-lan/observations?area=00&period=2023&indicator=NASP_SUICIDE_RATE_15PLUS");
        using var write = new HttpRequestMessage(HttpMethod.Put, "/api/v1/datasets/nasp-sjalvmordstal-lan/observations")
        {
            Content = new StringContent("indicator,area,period,value\nNASP_SUICIDE_RATE_15PLUS,00,2023,99.5\n", Encoding.UTF8, "text/csv"),
        };
        write.Headers.Add("X-Api-Key", OpenDataApiFactory.PublisherKey);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(write)).StatusCode);

        var after = await client.GetJsonAsync("/api/v1/datasets/nasp-sjalvmordstal-lan/observations?area=00&period=2023&indicator=NASP_SUICIDE_RATE_15PLUS");

        Assert.Equal(18.4, before.GetProperty("items")[0].GetProperty("value").GetDouble());
        Assert.Equal(99.5, after.GetProperty("items")[0].GetProperty("value").GetDouble());
    }
}
