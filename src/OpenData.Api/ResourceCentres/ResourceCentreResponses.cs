using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.ResourceCentres;

/// <summary>Ett regionalt resurscentrum för psykisk hälsa. / A regional resource centre for mental health (regionalt resurscentrum för psykisk hälsa).</summary>
/// <param name="Id">Stable, human-readable id.</param>
/// <param name="Name">Name in the requested language.</param>
/// <param name="Description">What the sources say about the centre.</param>
/// <param name="HealthcareRegion">The healthcare region (sjukvårdsregion) it belongs to.</param>
/// <param name="Status">The latest status: planned, project, established or discontinued.</param>
/// <param name="LeadOrganisation">The organisation leading it, where a source names one.</param>
/// <param name="FundingAgreement">The agreement that funds it.</param>
/// <param name="FundingAllocation">The allocation under that agreement.</param>
/// <param name="ServedAreas">The counties and municipalities it serves.</param>
/// <param name="StatusHistory">Its statuses over time.</param>
/// <param name="Reports">Reports about it.</param>
/// <param name="Sources">The documents that state these facts.</param>
/// <param name="UpdatedAt">When the record last changed (RFC 3339, UTC).</param>
public sealed record ResourceCentreResponse(
    string Id,
    string Name,
    string? Description,
    AreaRef HealthcareRegion,
    ResourceCentreStatus Status,
    OrganisationRef? LeadOrganisation,
    AgreementRef? FundingAgreement,
    FundingAllocationResponse? FundingAllocation,
    IReadOnlyList<AreaRef> ServedAreas,
    IReadOnlyList<StatusPeriodResponse> StatusHistory,
    IReadOnlyList<SourceRef> Reports,
    IReadOnlyList<SourceRef> Sources,
    DateTime UpdatedAt);

/// <summary>Tilldelningen som finansierar ett resurscentrum. / The allocation that funds a resource centre.</summary>
/// <param name="Id">The allocation's id (see the agreement).</param>
/// <param name="Amount">Amount in whole currency units.</param>
/// <param name="Currency">ISO 4217.</param>
/// <param name="Year">The year of the allocation.</param>
public sealed record FundingAllocationResponse(string Id, long? Amount, string? Currency, int? Year);

/// <summary>En period i ett resurscentrums historik. / A period in a resource centre's history.</summary>
/// <param name="Status">The status during the period.</param>
/// <param name="FromYear">First year.</param>
/// <param name="ToYear">Last year; null while it lasts.</param>
/// <param name="Note">What the source says about the period.</param>
/// <param name="Sources">The documents that state it.</param>
public sealed record StatusPeriodResponse(ResourceCentreStatus Status, int? FromYear, int? ToYear, string? Note, IReadOnlyList<SourceRef> Sources);
