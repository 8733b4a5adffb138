using Microsoft.EntityFrameworkCore;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Sources;
using static OpenData.Api.Areas.SwedishReferenceFiles;

namespace OpenData.Api.Organisations;

/// <summary>The 21 regions and 290 municipalities from the reference files, then the organisations of organisations.json.</summary>
internal sealed class OrganisationSeedSet(OpenDataDbContext db) : SeedSet<OrganisationSeed, Organisation>(db)
{
    public override string ResourceType => "organisations";

    public override IReadOnlyList<Type> References => [typeof(Source), typeof(Area)];

    protected override IReadOnlyList<OrganisationSeed> ReadSeeds(SeedRun run) =>
        [.. ReferenceOrganisations(run), .. run.ReadJson<OrganisationSeed>("organisations.json")];

    protected override string IdOf(OrganisationSeed seed) => seed.Id;

    protected override string IdOf(Organisation record) => record.Id;

    protected override IQueryable<Organisation> Existing() =>
        Db.Organisations.Include(o => o.Sources).AsSplitQuery();

    protected override Organisation Create(OrganisationSeed seed, SeedRun run)
    {
        var context = $"organisation '{seed.Id}'";
        return new Organisation
        {
            Id = seed.Id,
            Kind = seed.Kind,
            NameSv = seed.NameSv,
            NameEn = seed.NameEn,
            ShortName = seed.ShortName,
            DescriptionSv = seed.DescriptionSv,
            DescriptionEn = seed.DescriptionEn,
            CountryCode = seed.CountryCode,
            MunicipalityCode = seed.MunicipalityCode,
            CountyCode = seed.CountyCode,
            OrganisationNumber = seed.OrganisationNumber,
            Website = seed.Website,
            ParentId = seed.Parent,
            AreaCode = run.ResolveOptional<Area>(seed.Area, context)?.Code,
            FormerNames = [.. (seed.FormerNames ?? []).Select(n => new FormerName
                { NameSv = n.NameSv, NameEn = n.NameEn, ShortName = n.ShortName, UsedFromYear = n.UsedFromYear, UsedUntilYear = n.UsedUntilYear })],
            Sources = run.SourcesOf(seed.Sources, context),
        };
    }

    protected override void Update(Organisation existing, Organisation incoming)
    {
        CopyScalars(existing, incoming);
        Replace(existing.FormerNames, incoming.FormerNames);
        Replace(existing.Sources, incoming.Sources);
    }

    private static List<OrganisationSeed> ReferenceOrganisations(SeedRun run)
    {
        var organisations = new List<OrganisationSeed>();
        foreach (var county in ReadCounties(run))
        {
            organisations.Add(new OrganisationSeed(Slug.From(county.RegionName), OrganisationKind.Region, county.RegionName,
                null, null, null, null, "SE", null, county.CountyCode, null, null, null, county.CountyCode, null,
                [.. county.HealthcareRegionNames().Select(r => HealthcareRegionPages[r]).Distinct(), "wikipedia-sjukvardsregion"]));
        }
        foreach (var municipality in ReadMunicipalities(run))
        {
            organisations.Add(new OrganisationSeed($"kommun-{municipality.Code}", OrganisationKind.Municipality,
                municipality.Name, null, null, null, null, "SE", municipality.Code, municipality.CountyCode, null, null,
                null, municipality.Code, null, [GeodataSource]));
        }
        return organisations;
    }
}

internal sealed record OrganisationSeed(
    string Id, OrganisationKind Kind, string NameSv, string? NameEn, string? ShortName,
    string? DescriptionSv, string? DescriptionEn, string? CountryCode, string? MunicipalityCode,
    string? CountyCode, string? OrganisationNumber, string? Website, string? Parent, string? Area,
    List<FormerNameSeed>? FormerNames, List<string> Sources);

internal sealed record FormerNameSeed(string NameSv, string? NameEn, string? ShortName, int? UsedFromYear, int? UsedUntilYear);
