using System.ComponentModel;
using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.ResourceCentres;

/// <summary>A regional resource centre for mental health (regionalt resurscentrum för psykisk hälsa), one per healthcare region.</summary>
public class ResourceCentre : IHasSources, ITracked, ISearchable
{
    public required string Id { get; set; }
    public required string NameSv { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionSv { get; set; }
    public string? DescriptionEn { get; set; }
    public required string HealthcareRegionCode { get; set; }
    public Area? HealthcareRegion { get; set; }
    /// <summary>The status of the latest period in <see cref="StatusHistory"/>, kept for filtering.</summary>
    public ResourceCentreStatus Status { get; set; }
    public string? LeadOrganisationId { get; set; }
    public Organisation? LeadOrganisation { get; set; }
    public string? FundingAgreementId { get; set; }
    public Agreement? FundingAgreement { get; set; }
    public string? FundingAllocationId { get; set; }
    public Allocation? FundingAllocation { get; set; }
    /// <summary>The regions and municipalities the centre serves.</summary>
    public List<Area> ServedAreas { get; set; } = [];
    public List<StatusPeriod> StatusHistory { get; set; } = [];
    public List<Source> Reports { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
    public DateTime UpdatedAt { get; set; }
    public string SearchText { get; set; } = "";
    public string? SeedHash { get; set; }

    public IEnumerable<string?> SearchTerms() => [Id, NameSv, NameEn];
}

[Description("Ett resurscentrums status. / A resource centre's status.")]
[OpenApiDescription("Status: planerat, projekt, etablerat eller nedlagt. / Status: planned, project, established or discontinued.")]
public enum ResourceCentreStatus
{
    [Description("Planerat. / Planned.")]
    Planned,
    [Description("Etableringsprojekt. / Establishment project.")]
    Project,
    [Description("Etablerat. / Established.")]
    Established,
    [Description("Nedlagt. / Discontinued.")]
    Discontinued,
}

public class StatusPeriod : IHasSources
{
    public int Id { get; set; }
    public string ResourceCentreId { get; set; } = "";
    public ResourceCentreStatus Status { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
    public string? NoteSv { get; set; }
    public string? NoteEn { get; set; }
    public List<Source> Sources { get; set; } = [];
}
