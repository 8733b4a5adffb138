using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Networks;
using OpenData.Api.Organisations;
using OpenData.Api.ResourceCentres;
using OpenData.Api.Sources;

namespace OpenData.Api.Data.Seeding;

// The shapes of the seed files. References to other records are ids; the seeder resolves them.

internal sealed record SourceSeed(
    string Id, SourceKind Kind, string Title, string Language, string? Publisher, string? Published,
    string? Url, string? NoteSv, string? NoteEn, string? MentionedIn);

internal sealed record AreaSeed(
    string Code, AreaKind Kind, string NameSv, string? NameEn, string? Parent,
    List<HealthcareRegionSeed>? HealthcareRegions, string? NoteSv, string? NoteEn, List<string> Sources);

internal sealed record HealthcareRegionSeed(string Code, bool Whole);

internal sealed record OrganisationSeed(
    string Id, OrganisationKind Kind, string NameSv, string? NameEn, string? ShortName,
    string? DescriptionSv, string? DescriptionEn, string? CountryCode, string? MunicipalityCode,
    string? CountyCode, string? OrganisationNumber, string? Website, string? Parent, string? Area,
    List<FormerNameSeed>? FormerNames, List<string> Sources);

internal sealed record FormerNameSeed(string NameSv, string? NameEn, string? ShortName, int? UsedFromYear, int? UsedUntilYear);

internal sealed record TextSeed(string Sv, string? En);

internal sealed record AgreementSeed(
    string Id, AgreementKind Kind, string TitleSv, string? TitleEn, string? DescriptionSv, string? DescriptionEn,
    int? Year, int? ValidFromYear, int? ValidToYear, long? TotalAmount, string? Currency,
    List<PartySeed>? Parties, List<AllocationSeed>? Allocations, List<TextSeed>? Commitments,
    List<string>? ReferenceDocuments, List<string> Sources);

internal sealed record PartySeed(string Organisation, PartyRole Role, List<string> Sources);

internal sealed record AllocationSeed(
    string Id, long? Amount, string? Currency, double? SharePercent, int? Year, string? RecipientOrganisation,
    string? RecipientArea, string PurposeSv, string? PurposeEn, List<string> Sources);

internal sealed record ResourceCentreSeed(
    string Id, string NameSv, string? NameEn, string? DescriptionSv, string? DescriptionEn, string HealthcareRegion,
    string? LeadOrganisation, string? FundingAgreement, string? FundingAllocation, List<string>? ServedAreas,
    List<StatusPeriodSeed> StatusHistory, List<string>? Reports, List<string> Sources);

internal sealed record StatusPeriodSeed(
    ResourceCentreStatus Status, int? FromYear, int? ToYear, string? NoteSv, string? NoteEn, List<string> Sources);

internal sealed record NetworkSeed(
    string Id, NetworkKind Kind, string NameSv, string? NameEn, string? ShortName, string? DescriptionSv,
    string? DescriptionEn, string? Parent, string? MeetingCadenceSv, string? MeetingCadenceEn, int? StatedMemberCount,
    List<TextSeed>? FocusAreas, List<MembershipSeed>? Members, List<EventSeed>? Events, List<string> Sources);

internal sealed record MembershipSeed(
    string Organisation, MembershipRole Role, int? SinceYear, int? UntilYear, string? NoteSv, string? NoteEn,
    List<string> Sources);

internal sealed record EventSeed(
    string Id, EventKind Kind, string NameSv, string? NameEn, string? StartDate, string? EndDate, int? Year,
    string? PlaceSv, string? PlaceEn, string? Area, string? ThemeSv, string? ThemeEn, string? DescriptionSv,
    string? DescriptionEn, List<string>? Hosts, List<string> Sources);

internal sealed record DatasetSeed(
    string Id, string TitleSv, string? TitleEn, string? DescriptionSv, string? DescriptionEn, string? Publisher,
    string? LicenceId, string? LicenceUri, string? LicenceNoteSv, string? LicenceNoteEn,
    List<string>? KeywordsSv, List<string>? KeywordsEn, string? Theme, string? TemporalFrom, string? TemporalTo,
    string? SpatialArea, string? UpdateFrequency, DateOnly? Issued, List<IndicatorSeed>? Indicators,
    ObservationFileSeed? Observations, List<string> Sources);

internal sealed record IndicatorSeed(
    string Code, string NameSv, string? NameEn, string UnitSv, string? UnitEn, string? DefinitionSv,
    string? DefinitionEn, bool? HigherIsBetter);

/// <summary>Where a dataset's observations come from: a CSV file in one of the reference formats.</summary>
internal sealed record ObservationFileSeed(string File, ObservationFileFormat Format, List<ObservationNoteSeed>? Notes);

internal enum ObservationFileFormat
{
    /// <summary>The layout of population.csv: code, level, name, year, population, derived, source_id.</summary>
    Population,
    /// <summary>The layout of indicator_*.csv: indicator_code, …, area_code, year, sex, value, source_id.</summary>
    Indicator,
}

/// <summary>A note attached to one observation (for instance a revised value).</summary>
internal sealed record ObservationNoteSeed(string Indicator, string Area, string Period, string NoteSv, string? NoteEn);
