using System.Net;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Agreements;

[Collection(SeededApiCollection.Name)]
public sealed class AgreementsApiTests(SeededApi api)
{
    private const string Agreement2017 = "overenskommelse-psykisk-halsa-2017";
    private const string ActionPlans = "handlingsplaner-psykisk-halsa-stockholms-lan-2016-2018";
    private HttpClient Client => api.Client;

    [Theory]
    [InlineData("", $"{Agreement2017},{ActionPlans}")]
    [InlineData("kind=state-agreement", Agreement2017)]
    [InlineData("kind=action-plan", ActionPlans)]
    [InlineData("year=2017", Agreement2017)]
    [InlineData("yearFrom=2016&yearTo=2016", ActionPlans)]
    [InlineData("yearFrom=2018", "")]
    [InlineData("validIn=2019", ActionPlans)]
    [InlineData("validIn=2017", $"{Agreement2017},{ActionPlans}")]
    [InlineData("party=kommun-0180", ActionPlans)]
    [InlineData("party=staten,nsph-stockholms-lan", $"{Agreement2017},{ActionPlans}")]
    [InlineData("partyRole=coordinator", Agreement2017)]
    [InlineData("recipientArea=sjukvardsregion-norra", Agreement2017)]
    [InlineData("recipientArea=01", ActionPlans)]
    [InlineData("recipientOrganisation=skr", "")]
    [InlineData("q=riktade%20insatser", Agreement2017)]
    [InlineData("q=handlingsplaner", ActionPlans)]
    public async Task FiltersSelectTheMatchingAgreements(string query, string expected)
    {
        var page = await Client.GetJsonAsync($"/api/v1/agreements?{query}&sort=id");

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), page.Ids());
    }

    [Fact]
    public async Task The2017AgreementCarriesItsPartiesAndSixMillionForEachHealthcareRegion()
    {
        var agreement = await Client.GetJsonAsync($"/api/v1/agreements/{Agreement2017}");

        var allocations = agreement.GetProperty("allocations").EnumerateArray().ToList();
        Assert.Equal(6, allocations.Count);
        Assert.All(allocations, a =>
        {
            Assert.Equal(6_000_000, a.GetProperty("amount").GetInt64());
            Assert.Equal("SEK", a.GetProperty("currency").GetString());
            Assert.StartsWith("sjukvardsregion-", a.GetProperty("recipientArea").GetProperty("code").GetString(), StringComparison.Ordinal);
        });
        var signatories = agreement.GetProperty("parties").EnumerateArray()
            .Where(p => p.GetProperty("role").GetString() == "signatory")
            .Select(p => p.GetProperty("organisation").GetProperty("id").GetString()).Order();
        Assert.Equal(["skr", "staten"], signatories);
        Assert.Equal(5, agreement.GetProperty("referenceDocuments").GetArrayLength());
        Assert.True(agreement.GetProperty("commitments").GetArrayLength() > 0);
    }

    [Fact]
    public async Task TheActionPlansSetAsideAShareForCountyWideWork()
    {
        var plans = await Client.GetJsonAsync($"/api/v1/agreements/{ActionPlans}?lang=en");

        var allocation = Assert.Single(plans.GetProperty("allocations").EnumerateArray());
        Assert.Equal(4, allocation.GetProperty("sharePercent").GetDouble());
        Assert.Equal("01", allocation.GetProperty("recipientArea").GetProperty("code").GetString());
        Assert.Equal(28, plans.GetProperty("parties").GetArrayLength());
        Assert.Equal("County-wide action plans for mental health in Stockholm County 2016–2018", plans.GetProperty("title").GetString());
    }

    [Fact]
    public async Task UnknownAgreementReturnsProblemDetails()
    {
        var problem = await Client.GetProblemAsync("/api/v1/agreements/no-such-agreement", HttpStatusCode.NotFound);

        Assert.Contains("no-such-agreement", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganisationAgreementsListsThePartiesItBelongsTo()
    {
        var page = await Client.GetJsonAsync("/api/v1/organisations/region-stockholm/agreements");

        var agreement = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("handlingsplaner-psykisk-halsa-stockholms-lan-2016-2018", agreement.GetProperty("agreement").GetProperty("id").GetString());
        Assert.Equal("participant", agreement.GetProperty("role").GetString());
        Assert.Equal(0, (await Client.GetJsonAsync("/api/v1/organisations/region-stockholm/agreements?role=signatory")).TotalCount());
        Assert.Equal(1, (await Client.GetJsonAsync("/api/v1/organisations/skr/agreements?year=2017")).TotalCount());
    }

    [Fact]
    public async Task AgreementsOfAnUnknownOrganisationReturnProblemDetails()
    {
        var problem = await Client.GetProblemAsync("/api/v1/organisations/nobody/agreements", HttpStatusCode.NotFound);

        Assert.Contains("'nobody'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
