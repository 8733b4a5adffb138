using Microsoft.EntityFrameworkCore;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Agreements;

/// <summary>The agreements of agreements.json with their parties, allocations and commitments.</summary>
internal sealed class AgreementSeedSet(OpenDataDbContext db) : SeedSet<AgreementSeed, Agreement>(db)
{
    public override string ResourceType => "agreements";

    public override IReadOnlyList<Type> References => [typeof(Source), typeof(Area), typeof(Organisation)];

    protected override IReadOnlyList<AgreementSeed> ReadSeeds(SeedRun run) => run.ReadJson<AgreementSeed>("agreements.json");

    protected override string IdOf(AgreementSeed seed) => seed.Id;

    protected override string IdOf(Agreement record) => record.Id;

    protected override IQueryable<Agreement> Existing() =>
        Db.Agreements.Include(a => a.Sources).Include(a => a.ReferenceDocuments)
            .Include(a => a.Parties).ThenInclude(p => p.Sources)
            .Include(a => a.Allocations).ThenInclude(a => a.Sources).AsSplitQuery();

    protected override Agreement Create(AgreementSeed seed, SeedRun run)
    {
        var context = $"agreement '{seed.Id}'";
        return new Agreement
        {
            Id = seed.Id,
            Kind = seed.Kind,
            TitleSv = seed.TitleSv,
            TitleEn = seed.TitleEn,
            DescriptionSv = seed.DescriptionSv,
            DescriptionEn = seed.DescriptionEn,
            Year = seed.Year,
            ValidFromYear = seed.ValidFromYear,
            ValidToYear = seed.ValidToYear,
            TotalAmount = seed.TotalAmount,
            Currency = seed.Currency,
            Parties = [.. (seed.Parties ?? []).Select(p => new AgreementParty
            {
                OrganisationId = run.ResolveOptional<Organisation>(p.Organisation, context)?.Id!,
                Role = p.Role,
                Sources = run.SourcesOf(p.Sources, $"{context}, party '{p.Organisation}'"),
            })],
            Allocations = [.. (seed.Allocations ?? []).Select(a => new Allocation
            {
                Id = a.Id,
                AgreementId = seed.Id,
                Amount = a.Amount,
                Currency = a.Currency,
                SharePercent = a.SharePercent,
                Year = a.Year,
                RecipientOrganisationId = run.ResolveOptional<Organisation>(a.RecipientOrganisation, context)?.Id,
                RecipientAreaCode = run.ResolveOptional<Area>(a.RecipientArea, context)?.Code,
                PurposeSv = a.PurposeSv,
                PurposeEn = a.PurposeEn,
                Sources = run.SourcesOf(a.Sources, $"{context}, allocation '{a.Id}'"),
            })],
            Commitments = [.. (seed.Commitments ?? []).Select((c, i) => new Commitment { Position = i + 1, TextSv = c.Sv, TextEn = c.En })],
            ReferenceDocuments = run.DocumentsOf(seed.ReferenceDocuments, context),
            Sources = run.SourcesOf(seed.Sources, context),
        };
    }

    protected override void Update(Agreement existing, Agreement incoming)
    {
        CopyScalars(existing, incoming);
        Replace(existing.Parties, incoming.Parties);
        SyncChildren(existing.Allocations, incoming.Allocations, a => a.Id, (e, i) => Replace(e.Sources, i.Sources));
        Replace(existing.Commitments, incoming.Commitments);
        Replace(existing.ReferenceDocuments, incoming.ReferenceDocuments);
        Replace(existing.Sources, incoming.Sources);
    }
}

internal sealed record AgreementSeed(
    string Id, AgreementKind Kind, string TitleSv, string? TitleEn, string? DescriptionSv, string? DescriptionEn,
    int? Year, int? ValidFromYear, int? ValidToYear, long? TotalAmount, string? Currency,
    List<PartySeed>? Parties, List<AllocationSeed>? Allocations, List<TextSeed>? Commitments,
    List<string>? ReferenceDocuments, List<string> Sources);

internal sealed record PartySeed(string Organisation, PartyRole Role, List<string> Sources);

internal sealed record AllocationSeed(
    string Id, long? Amount, string? Currency, double? SharePercent, int? Year, string? RecipientOrganisation,
    string? RecipientArea, string PurposeSv, string? PurposeEn, List<string> Sources);
