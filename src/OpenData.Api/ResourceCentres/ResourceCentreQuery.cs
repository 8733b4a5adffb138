using System.Linq.Expressions;
using LinqKit;
using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;
using OpenData.Api.Sources;

namespace OpenData.Api.ResourceCentres;

/// <summary>What resource centres can be filtered, searched and sorted by, and how they are projected to the wire.</summary>
public static class ResourceCentreQuery
{
    public static readonly QueryDefinition<ResourceCentre> Definition = new QueryDefinition<ResourceCentre>("resource-centres", (Expression<Func<ResourceCentre, string>>)(r => r.Id))
        .Filter("status", r => r.Status, "Senaste status. / Latest status.", "project")
        .Filter("healthcareRegion", r => r.HealthcareRegionCode, "Sjukvårdsregionens kod. / The healthcare region's code.", "sjukvardsregion-stockholm-gotland")
        .Filter("leadOrganisation", r => r.LeadOrganisationId, "Id för ledande organisation. / Id of the lead organisation.", "region-stockholm")
        .Filter("fundingAgreement", r => r.FundingAgreementId, "Id för finansierande överenskommelse. / Id of the funding agreement.", "overenskommelse-psykisk-halsa-2017")
        .Relation<string>("servedArea", codes => r => r.ServedAreas.Any(a => codes.Contains(a.Code)),
            "Kod för ett område centret betjänar. / Code of an area the centre serves.", "01")
        .Search(r => r.SearchText)
        .ChangedSince(r => r.UpdatedAt)
        .Sort("name", r => r.NameSv, "Svenskt namn. / Swedish name.")
        .Sort("status", r => r.Status, "Status. / Status.")
        .Sort("id", r => r.Id, "Id. / Id.")
        .Sort("updatedAt", r => r.UpdatedAt, "Senast ändrad. / Last changed.")
        .SortByDefault(new SortKey("name", false));

    public static readonly Projection<ResourceCentre, ResourceCentreResponse> ToResponse = new((r, language) => new ResourceCentreResponse(
            r.Id,
            Localized.Text.Invoke(r.NameSv, r.NameEn, language),
            Localized.OptionalText.Invoke(r.DescriptionSv, r.DescriptionEn, language),
            AreaRef.From.Invoke(r.HealthcareRegion!, language),
            r.Status,
            r.LeadOrganisation == null ? null : OrganisationRef.From.Invoke(r.LeadOrganisation, language),
            r.FundingAgreement == null ? null : AgreementRef.From.Invoke(r.FundingAgreement, language),
            r.FundingAllocation == null ? null : new FundingAllocationResponse(r.FundingAllocation.Id, r.FundingAllocation.Amount,
                r.FundingAllocation.Currency, r.FundingAllocation.Year),
            r.ServedAreas.OrderBy(a => a.Code).Select(a => AreaRef.From.Invoke(a, language)).ToList(),
            r.StatusHistory.OrderBy(s => s.FromYear).ThenBy(s => s.Id).Select(s => new StatusPeriodResponse(s.Status, s.FromYear, s.ToYear,
                Localized.OptionalText.Invoke(s.NoteSv, s.NoteEn, language),
                s.Sources.OrderBy(x => x.Id).Select(x => SourceRef.From.Invoke(x)).ToList())).ToList(),
            r.Reports.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList(),
            r.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList(),
            r.UpdatedAt));
}
