using Microsoft.EntityFrameworkCore;
using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.ResourceCentres;

/// <summary>The resource centres of resource-centres.json with the areas they serve and their status history.</summary>
internal sealed class ResourceCentreSeedSet(OpenDataDbContext db) : SeedSet<ResourceCentreSeed, ResourceCentre>(db)
{
    public override string ResourceType => "resource-centres";

    // A centre names its funding agreement and allocation by id, so they must be stored before it.
    public override IReadOnlyList<Type> References => [typeof(Source), typeof(Area), typeof(Organisation), typeof(Agreement)];

    protected override IReadOnlyList<ResourceCentreSeed> ReadSeeds(SeedRun run) => run.ReadJson<ResourceCentreSeed>("resource-centres.json");

    protected override string IdOf(ResourceCentreSeed seed) => seed.Id;

    protected override string IdOf(ResourceCentre record) => record.Id;

    protected override IQueryable<ResourceCentre> Existing() =>
        Db.ResourceCentres.Include(r => r.Sources).Include(r => r.Reports).Include(r => r.ServedAreas)
            .Include(r => r.StatusHistory).ThenInclude(s => s.Sources).AsSplitQuery();

    protected override ResourceCentre Create(ResourceCentreSeed seed, SeedRun run)
    {
        var context = $"resource centre '{seed.Id}'";
        var history = seed.StatusHistory.Select(s => new StatusPeriod
        {
            Status = s.Status,
            FromYear = s.FromYear,
            ToYear = s.ToYear,
            NoteSv = s.NoteSv,
            NoteEn = s.NoteEn,
            Sources = run.SourcesOf(s.Sources, $"{context}, status '{s.Status}'"),
        }).ToList();
        return new ResourceCentre
        {
            Id = seed.Id,
            NameSv = seed.NameSv,
            NameEn = seed.NameEn,
            DescriptionSv = seed.DescriptionSv,
            DescriptionEn = seed.DescriptionEn,
            HealthcareRegionCode = run.ResolveOptional<Area>(seed.HealthcareRegion, context)?.Code!,
            Status = history.Count > 0 ? history[^1].Status : throw new SeedDataException($"{context} has no status history."),
            LeadOrganisationId = run.ResolveOptional<Organisation>(seed.LeadOrganisation, context)?.Id,
            FundingAgreementId = seed.FundingAgreement,
            FundingAllocationId = seed.FundingAllocation,
            ServedAreas = [.. (seed.ServedAreas ?? []).Select(code => run.Resolve<Area>(code, context))],
            StatusHistory = history,
            Reports = run.DocumentsOf(seed.Reports, context),
            Sources = run.SourcesOf(seed.Sources, context),
        };
    }

    protected override void Update(ResourceCentre existing, ResourceCentre incoming)
    {
        CopyScalars(existing, incoming);
        Replace(existing.ServedAreas, incoming.ServedAreas);
        Replace(existing.StatusHistory, incoming.StatusHistory);
        Replace(existing.Reports, incoming.Reports);
        Replace(existing.Sources, incoming.Sources);
    }
}

internal sealed record ResourceCentreSeed(
    string Id, string NameSv, string? NameEn, string? DescriptionSv, string? DescriptionEn, string HealthcareRegion,
    string? LeadOrganisation, string? FundingAgreement, string? FundingAllocation, List<string>? ServedAreas,
    List<StatusPeriodSeed> StatusHistory, List<string>? Reports, List<string> Sources);

internal sealed record StatusPeriodSeed(
    ResourceCentreStatus Status, int? FromYear, int? ToYear, string? NoteSv, string? NoteEn, List<string> Sources);
