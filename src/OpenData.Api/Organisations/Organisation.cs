using System.ComponentModel;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Sources;

namespace OpenData.Api.Organisations;

/// <summary>An actor: a government body, region, municipality, association, programme or network body.</summary>
public class Organisation : IHasSources, ITracked, ISearchable
{
    public required string Id { get; set; }
    public OrganisationKind Kind { get; set; }
    public required string NameSv { get; set; }
    public string? NameEn { get; set; }
    /// <summary>Abbreviation the organisation goes by ("SKR").</summary>
    public string? ShortName { get; set; }
    public string? DescriptionSv { get; set; }
    public string? DescriptionEn { get; set; }
    /// <summary>ISO 3166-1 alpha-2; null for international organisations.</summary>
    public string? CountryCode { get; set; }
    public string? MunicipalityCode { get; set; }
    public string? CountyCode { get; set; }
    public string? OrganisationNumber { get; set; }
    public string? Website { get; set; }
    public string? ParentId { get; set; }
    public Organisation? Parent { get; set; }
    public List<Organisation> Children { get; set; } = [];
    /// <summary>The area a region or municipality governs.</summary>
    public string? AreaCode { get; set; }
    public Area? Area { get; set; }
    public List<FormerName> FormerNames { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
    public DateTime UpdatedAt { get; set; }
    public string SearchText { get; set; } = "";
    public string? SeedHash { get; set; }

    public IEnumerable<string?> SearchTerms() => [Id, NameSv, NameEn, ShortName, MunicipalityCode, OrganisationNumber, .. FormerNames.SelectMany(n => new[] { n.NameSv, n.NameEn, n.ShortName })];
}

[Description("Typ av organisation. / Kind of organisation.")]
public enum OrganisationKind
{
    [Description("Regering eller stat. / Government or state.")]
    Government,
    [Description("Statlig myndighet. / Government agency.")]
    GovernmentAgency,
    [Description("Region (tidigare landsting). / Region (formerly county council).")]
    Region,
    [Description("Kommun. / Municipality.")]
    Municipality,
    [Description("Förbund av kommuner och regioner. / Association of municipalities and regions.")]
    MunicipalAssociation,
    [Description("Program eller verksamhet inom en organisation. / Programme or unit within an organisation.")]
    Programme,
    [Description("Civilsamhällets organisation. / Civil-society organisation.")]
    CivilSociety,
    [Description("Internationell organisation. / International organisation.")]
    InternationalOrganisation,
    [Description("Offentligt organ i ett annat land. / Public body in another country.")]
    ForeignPublicBody,
}

/// <summary>A name the organisation used before (SKL until 2019).</summary>
public class FormerName
{
    public int Id { get; set; }
    public required string NameSv { get; set; }
    public string? NameEn { get; set; }
    public string? ShortName { get; set; }
    public int? UsedFromYear { get; set; }
    /// <summary>The year the name was replaced.</summary>
    public int? UsedUntilYear { get; set; }
}
