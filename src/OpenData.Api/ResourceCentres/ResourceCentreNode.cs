using System.Linq.Expressions;
using OpenData.Api.GraphQL;

namespace OpenData.Api.ResourceCentres;

/// <summary>A resource centre as GraphQL reads it: the columns its fields need, keys for its relations, texts in both languages.</summary>
public sealed record ResourceCentreNode(string Id, BilingualText Name, BilingualText Description, string HealthcareRegionCode, ResourceCentreStatus Status,
    string? LeadOrganisationId, string? FundingAgreementId, string? FundingAllocationId, DateTime UpdatedAt)
{
    public static readonly Expression<Func<ResourceCentre, ResourceCentreNode>> From = r => new ResourceCentreNode(
        r.Id, new BilingualText(r.NameSv, r.NameEn), new BilingualText(r.DescriptionSv, r.DescriptionEn), r.HealthcareRegionCode, r.Status,
        r.LeadOrganisationId, r.FundingAgreementId, r.FundingAllocationId, r.UpdatedAt);

    /// <summary>
    /// The projection for a selection: each part is read only when a field that reads it is selected. The id is always read;
    /// served areas, status history, reports and sources are loaded by it.
    /// </summary>
    public static readonly NodeProjection<ResourceCentre, ResourceCentreNode> ForSelection = new(From, new Dictionary<string, string[]>
    {
        [nameof(Name)] = ["name"],
        [nameof(Description)] = ["description"],
        [nameof(HealthcareRegionCode)] = ["healthcareRegion"],
        [nameof(Status)] = ["status"],
        [nameof(LeadOrganisationId)] = ["leadOrganisation"],
        [nameof(FundingAgreementId)] = ["fundingAgreement"],
        [nameof(FundingAllocationId)] = ["fundingAllocation"],
        [nameof(UpdatedAt)] = ["updatedAt"],
    });
}

public sealed record StatusPeriodNode(int Id, ResourceCentreStatus Status, int? FromYear, int? ToYear, BilingualText Note)
{
    public static readonly Expression<Func<StatusPeriod, StatusPeriodNode>> From = s => new StatusPeriodNode(
        s.Id, s.Status, s.FromYear, s.ToYear, new BilingualText(s.NoteSv, s.NoteEn));
}
