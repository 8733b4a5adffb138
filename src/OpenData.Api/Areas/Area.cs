using System.ComponentModel;
using OpenData.Api.Data;
using OpenData.Api.Sources;

namespace OpenData.Api.Areas;

/// <summary>
/// A geographic area keyed by its official code: Sweden (SCB's "00"), counties ("01"),
/// municipalities ("0114"), foreign countries (ISO 3166-1 alpha-2). Healthcare regions have no
/// official code; theirs is the slug of their name.
/// </summary>
public class Area : IHasSources, ITracked, ISearchable
{
    public required string Code { get; set; }
    public AreaKind Kind { get; set; }
    public required string NameSv { get; set; }
    public string? NameEn { get; set; }
    /// <summary>The administrative parent: municipality → county → Sweden; healthcare region → Sweden.</summary>
    public string? ParentCode { get; set; }
    public Area? Parent { get; set; }
    public List<Area> Children { get; set; } = [];
    /// <summary>
    /// The healthcare regions this area belongs to. A municipality belongs to exactly one; a county
    /// to one, except Halland, whose municipalities are split between Västra and Södra.
    /// </summary>
    public List<HealthcareRegionMembership> HealthcareRegions { get; set; } = [];
    public string? NoteSv { get; set; }
    public string? NoteEn { get; set; }
    public List<Source> Sources { get; set; } = [];
    public DateTime UpdatedAt { get; set; }
    public string SearchText { get; set; } = "";
    public string? SeedHash { get; set; }

    public IEnumerable<string?> SearchTerms() => [Code, NameSv, NameEn];
}

[Description("Typ av område. / Kind of area.")]
public enum AreaKind
{
    [Description("Land. / Country.")]
    Country,
    [Description("Sjukvårdsregion. / Healthcare region.")]
    HealthcareRegion,
    [Description("Län. / County.")]
    County,
    [Description("Kommun. / Municipality.")]
    Municipality,
}

/// <summary>Membership of an area in a healthcare region (sjukvårdsregion).</summary>
public class HealthcareRegionMembership
{
    public int Id { get; set; }
    public required string AreaCode { get; set; }
    public required string HealthcareRegionCode { get; set; }
    public Area? HealthcareRegion { get; set; }
    /// <summary>False where only part of the area belongs (Halland's county to each of its two regions).</summary>
    public bool Whole { get; set; } = true;
}
