using System.Linq.Expressions;
using OpenData.Api.Common;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

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

    public static Expression<Func<ResourceCentre, ResourceCentreResponse>> ToResponse(Language language)
    {
        var en = language == Language.En;
        return r => new ResourceCentreResponse(
            r.Id,
            en && r.NameEn != null ? r.NameEn : r.NameSv,
            en && r.DescriptionEn != null ? r.DescriptionEn : r.DescriptionSv,
            new AreaRef(r.HealthcareRegion!.Code, en && r.HealthcareRegion.NameEn != null ? r.HealthcareRegion.NameEn : r.HealthcareRegion.NameSv),
            r.Status,
            r.LeadOrganisation == null ? null : new OrganisationRef(r.LeadOrganisation.Id,
                en && r.LeadOrganisation.NameEn != null ? r.LeadOrganisation.NameEn : r.LeadOrganisation.NameSv),
            r.FundingAgreement == null ? null : new AgreementRef(r.FundingAgreement.Id,
                en && r.FundingAgreement.TitleEn != null ? r.FundingAgreement.TitleEn : r.FundingAgreement.TitleSv),
            r.FundingAllocation == null ? null : new FundingAllocationResponse(r.FundingAllocation.Id, r.FundingAllocation.Amount,
                r.FundingAllocation.Currency, r.FundingAllocation.Year),
            r.ServedAreas.OrderBy(a => a.Code).Select(a => new AreaRef(a.Code, en && a.NameEn != null ? a.NameEn : a.NameSv)).ToList(),
            r.StatusHistory.OrderBy(s => s.FromYear).ThenBy(s => s.Id).Select(s => new StatusPeriodResponse(s.Status, s.FromYear, s.ToYear,
                en && s.NoteEn != null ? s.NoteEn : s.NoteSv,
                s.Sources.OrderBy(x => x.Id).Select(x => new SourceRef(x.Id, x.Title, x.Url)).ToList())).ToList(),
            r.Reports.OrderBy(s => s.Id).Select(s => new SourceRef(s.Id, s.Title, s.Url)).ToList(),
            r.Sources.OrderBy(s => s.Id).Select(s => new SourceRef(s.Id, s.Title, s.Url)).ToList(),
            r.UpdatedAt);
    }
}
