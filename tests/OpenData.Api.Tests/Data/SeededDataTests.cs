using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Datasets;
using OpenData.Api.Networks;
using OpenData.Api.Organisations;
using OpenData.Api.ResourceCentres;
using OpenData.Api.Sources;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Data;

[Collection(SeededApiCollection.Name)]
public sealed class SeededDataTests(SeededApi api)
{
    private OpenDataApiFactory Factory => api.Factory;

    [Fact]
    public async Task SeedingYieldsEveryMunicipalityRegionAndHealthcareRegion()
    {
        var organisations = await Factory.QueryAsync(db => db.Organisations.GroupBy(o => o.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Kind, g => g.Count));
        var areas = await Factory.QueryAsync(db => db.Areas.GroupBy(a => a.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Kind, g => g.Count));

        Assert.Equal(290, organisations[OrganisationKind.Municipality]);
        Assert.Equal(21, organisations[OrganisationKind.Region]);
        Assert.Equal(290, areas[AreaKind.Municipality]);
        Assert.Equal(21, areas[AreaKind.County]);
        Assert.Equal(6, areas[AreaKind.HealthcareRegion]);
    }

    [Fact]
    public async Task MunicipalitiesCarryTheirOfficialCodesAndCounty()
    {
        var stockholm = await Factory.QueryAsync(db => db.Organisations.SingleAsync(o => o.Id == "kommun-0180"));
        var area = await Factory.QueryAsync(db => db.Areas.Include(a => a.Parent).SingleAsync(a => a.Code == "0180"));

        Assert.Equal(("Stockholm", "0180", "01", "0180"), (stockholm.NameSv, stockholm.MunicipalityCode, stockholm.CountyCode, stockholm.AreaCode));
        Assert.Equal("Stockholms län", area.Parent!.NameSv);
        Assert.Equal("00", area.Parent.ParentCode);
    }

    [Theory]
    [InlineData("1384", "sjukvardsregion-vastra")]
    [InlineData("1383", "sjukvardsregion-vastra")]
    [InlineData("1382", "sjukvardsregion-vastra")]
    [InlineData("1380", "sjukvardsregion-sodra")]
    [InlineData("1315", "sjukvardsregion-sodra")]
    [InlineData("1381", "sjukvardsregion-sodra")]
    public async Task EveryHallandMunicipalitySitsInItsOwnHealthcareRegion(string municipality, string healthcareRegion)
    {
        var area = await Factory.QueryAsync(db => db.Areas.SingleAsync(a => a.Code == municipality));

        var membership = Assert.Single(area.HealthcareRegions);
        Assert.Equal(healthcareRegion, membership.HealthcareRegionCode);
        Assert.True(membership.Whole);
        Assert.Equal("13", area.ParentCode);
    }

    [Fact]
    public async Task HallandCountyBelongsPartlyToTwoHealthcareRegions()
    {
        var halland = await Factory.QueryAsync(db => db.Areas.SingleAsync(a => a.Code == "13"));

        Assert.Equal(["sjukvardsregion-sodra", "sjukvardsregion-vastra"], halland.HealthcareRegions.Select(h => h.HealthcareRegionCode).Order());
        Assert.All(halland.HealthcareRegions, h => Assert.False(h.Whole));
    }

    [Fact]
    public async Task EveryOtherCountyAndMunicipalityBelongsWhollyToOneHealthcareRegion()
    {
        var areas = await Factory.QueryAsync(db => db.Areas
            .Where(a => (a.Kind == AreaKind.County || a.Kind == AreaKind.Municipality) && a.Code != "13").ToListAsync());

        Assert.Equal(21 - 1 + 290, areas.Count);
        Assert.All(areas, a => Assert.True(a.HealthcareRegions is [{ Whole: true }], $"{a.Code} {a.NameSv}"));
    }

    [Fact]
    public async Task HealthcareRegionsHaveTheMunicipalityCountsOfTheReferenceData()
    {
        var counts = await Factory.QueryAsync(db => db.Areas.Where(a => a.Kind == AreaKind.Municipality)
            .SelectMany(a => a.HealthcareRegions).GroupBy(h => h.HealthcareRegionCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));

        // SOURCES.md §2: Mellansverige 80, Västra 52, Södra 49, Norra 44, Sydöstra 38, Stockholm-Gotland 27.
        Assert.Equal(80, counts["sjukvardsregion-mellansverige"]);
        Assert.Equal(52, counts["sjukvardsregion-vastra"]);
        Assert.Equal(49, counts["sjukvardsregion-sodra"]);
        Assert.Equal(44, counts["sjukvardsregion-norra"]);
        Assert.Equal(38, counts["sjukvardsregion-sydostra"]);
        Assert.Equal(27, counts["sjukvardsregion-stockholm-gotland"]);
    }

    [Fact]
    public async Task The2017AgreementCarriesSixMillionKronorForEachHealthcareRegion()
    {
        var agreement = await Factory.QueryAsync(db => db.Agreements
            .Include(a => a.Allocations).Include(a => a.Parties).AsSplitQuery()
            .SingleAsync(a => a.Id == "overenskommelse-psykisk-halsa-2017"));
        var healthcareRegions = await Factory.QueryAsync(db => db.Areas
            .Where(a => a.Kind == AreaKind.HealthcareRegion).Select(a => a.Code).ToListAsync());

        Assert.Equal("Stöd till riktade insatser inom området psykisk hälsa 2017", agreement.TitleSv);
        Assert.Equal(2017, agreement.Year);
        Assert.Equal(6, agreement.Allocations.Count);
        Assert.All(agreement.Allocations, a => Assert.Equal((6_000_000L, "SEK", 2017), (a.Amount, a.Currency, a.Year)));
        Assert.Equal(healthcareRegions.Order(), agreement.Allocations.Select(a => a.RecipientAreaCode).Order());
        Assert.Equal(["skr", "staten"], agreement.Parties.Where(p => p.Role == PartyRole.Signatory).Select(p => p.OrganisationId).Order());
    }

    [Fact]
    public async Task TheStockholmGotlandResourceCentreIsFundedByItsAllocation()
    {
        var centre = await Factory.QueryAsync(db => db.ResourceCentres
            .Include(r => r.StatusHistory).Include(r => r.Reports).Include(r => r.ServedAreas).AsSplitQuery()
            .SingleAsync(r => r.Id == "rrc-stockholm-gotland"));

        Assert.Equal("overenskommelse-psykisk-halsa-2017-rrc-stockholm-gotland", centre.FundingAllocationId);
        var period = Assert.Single(centre.StatusHistory);
        Assert.Equal((2018, 2019), (period.FromYear, period.ToYear));
        Assert.Equal("2019-12", Assert.Single(centre.Reports).Published);
        Assert.Equal(["01", "09"], centre.ServedAreas.Select(a => a.Code).Order());
    }

    [Fact]
    public async Task IimhlHasUppdragPsykiskHalsaAsSwedensMemberAndItsLeadershipExchanges()
    {
        var iimhl = await Factory.QueryAsync(db => db.Networks
            .Include(n => n.Memberships).Include(n => n.Events).ThenInclude(e => e.Hosts).Include(n => n.Children).AsSplitQuery()
            .SingleAsync(n => n.Id == "iimhl"));

        Assert.Equal(10, iimhl.StatedMemberCount);
        var sweden = Assert.Single(iimhl.Memberships);
        Assert.Equal(("uppdrag-psykisk-halsa", 2013), (sweden.OrganisationId, sweden.SinceYear));
        Assert.Equal(["iimhl-council-for-clinical-leaders", "iimhl-disability-leadership", "iimhl-major-cities", "iimhl-mental-health-metrics"],
            iimhl.Children.Select(c => c.Id).Order());
        var stockholm = iimhl.Events.Single(e => e.Year == 2018);
        Assert.Equal("Building bridges beyond borders", stockholm.ThemeEn);
        Assert.Equal(["folkhalsomyndigheten", "skr"], stockholm.Hosts.Select(h => h.Id).Order());
        var christchurch = iimhl.Events.Single(e => e.Year == 2022);
        Assert.Equal(("2022-02-28", "2022-03-04", "NZ"), (christchurch.StartDate, christchurch.EndDate, christchurch.AreaCode));
        var washington = iimhl.Events.Single(e => e.Year == 2019);
        Assert.Equal(("2019-09", "US"), (washington.StartDate, washington.AreaCode));
    }

    [Fact]
    public async Task SkrKnowsItsFormerNameAndUppdragPsykiskHalsaIsPartOfIt()
    {
        var skr = await Factory.QueryAsync(db => db.Organisations.Include(o => o.Children).SingleAsync(o => o.Id == "skr"));

        var former = Assert.Single(skr.FormerNames);
        Assert.Equal(("SKL", 2019), (former.ShortName, former.UsedUntilYear));
        Assert.Contains(skr.Children, c => c.Id == "uppdrag-psykisk-halsa");
    }

    [Fact]
    public async Task PopulationDatasetMarksDerivedCountySums()
    {
        var observations = await Factory.QueryAsync(db => db.Observations.Where(o => o.DatasetId == "scb-folkmangd").ToListAsync());
        var dataset = await Factory.QueryAsync(db => db.Datasets.SingleAsync(d => d.Id == "scb-folkmangd"));

        Assert.Equal(368, observations.Count);
        Assert.Equal(("scb", "CC0-1.0", 1), (dataset.PublisherId, dataset.LicenceId, dataset.Revision));
        var counties = observations.Where(o => o.AreaCode.Length == 2 && o.AreaCode != "00").ToList();
        Assert.Equal(21, counties.Count);
        Assert.Equal(ObservationStatus.Published, counties.Single(o => o.AreaCode == "01").Status);
        Assert.All(counties.Where(o => o.AreaCode != "01"), o =>
        {
            Assert.Equal(ObservationStatus.Derived, o.Status);
            Assert.Equal("derived-sum-of-municipalities", o.SourceId);
        });
        Assert.Equal(57, observations.Count(o => o.AreaCode == "00"));
        // SOURCES.md: the 290 municipalities sum exactly to SCB's published national total for 2024.
        var municipalSum = observations.Where(o => o.AreaCode.Length == 4).Sum(o => o.Value);
        Assert.Equal(observations.Single(o => o.AreaCode == "00" && o.Period == "2024").Value, municipalSum);
    }

    [Fact]
    public async Task SuicideRateDatasetHoldsBothIndicatorsAndNotesTheRevised2021Values()
    {
        var observations = await Factory.QueryAsync(db => db.Observations.Where(o => o.DatasetId == "nasp-sjalvmordstal-lan").ToListAsync());

        Assert.Equal(374, observations.Count);
        Assert.Equal(132, observations.Count(o => o.IndicatorCode == "NASP_SUICIDE_RATE_15PLUS"));
        Assert.Equal(242, observations.Count(o => o.IndicatorCode == "NASP_SUICIDE_RATE_AGESTD_ALLAGES"));
        var sweden2021 = observations.Single(o => o.IndicatorCode == "NASP_SUICIDE_RATE_15PLUS" && o.AreaCode == "00" && o.Period == "2021");
        Assert.Equal(17.6, sweden2021.Value);
        Assert.Contains("17.4", sweden2021.NoteEn, StringComparison.Ordinal);
        Assert.Equal(8, observations.Count(o => o.NoteSv is not null));
    }

    [Fact]
    public async Task EveryRecordNamesAtLeastOneSource()
    {
        var unsourced = await Factory.QueryAsync(async db => new List<string>()
            .Concat(await db.Areas.Where(a => !a.Sources.Any()).Select(a => "area " + a.Code).ToListAsync())
            .Concat(await db.Organisations.Where(o => !o.Sources.Any()).Select(o => "organisation " + o.Id).ToListAsync())
            .Concat(await db.Agreements.Where(a => !a.Sources.Any()).Select(a => "agreement " + a.Id).ToListAsync())
            .Concat(await db.Set<AgreementParty>().Where(p => !p.Sources.Any()).Select(p => "party " + p.OrganisationId).ToListAsync())
            .Concat(await db.Allocations.Where(a => !a.Sources.Any()).Select(a => "allocation " + a.Id).ToListAsync())
            .Concat(await db.ResourceCentres.Where(r => !r.Sources.Any()).Select(r => "resource centre " + r.Id).ToListAsync())
            .Concat(await db.ResourceCentres.SelectMany(r => r.StatusHistory).Where(s => !s.Sources.Any()).Select(s => "status of " + s.ResourceCentreId).ToListAsync())
            .Concat(await db.Networks.Where(n => !n.Sources.Any()).Select(n => "network " + n.Id).ToListAsync())
            .Concat(await db.Memberships.Where(m => !m.Sources.Any()).Select(m => "membership " + m.NetworkId + "/" + m.OrganisationId).ToListAsync())
            .Concat(await db.NetworkEvents.Where(e => !e.Sources.Any()).Select(e => "event " + e.Id).ToListAsync())
            .Concat(await db.Datasets.Where(d => !d.Sources.Any()).Select(d => "dataset " + d.Id).ToListAsync())
            .Concat(await db.Observations.Where(o => !db.Set<Source>().Any(s => s.Id == o.SourceId)).Select(o => "observation " + o.Id.ToString(CultureInfo.InvariantCulture)).ToListAsync())
            .ToList());

        Assert.Empty(unsourced);
        Assert.True(await Factory.QueryAsync(db => db.Memberships.CountAsync()) > 0);
    }
}
