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
}

public sealed record StatusPeriodNode(int Id, ResourceCentreStatus Status, int? FromYear, int? ToYear, BilingualText Note)
{
    public static readonly Expression<Func<StatusPeriod, StatusPeriodNode>> From = s => new StatusPeriodNode(
        s.Id, s.Status, s.FromYear, s.ToYear, new BilingualText(s.NoteSv, s.NoteEn));
}
