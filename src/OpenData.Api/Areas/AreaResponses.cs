using OpenData.Api.Areas;
using OpenData.Api.Sources;

namespace OpenData.Api.Areas;

/// <summary>Ett geografiskt område: Sverige, en sjukvårdsregion, ett län, en kommun eller ett annat land. / A geographic area: Sweden, a healthcare region, a county, a municipality or a foreign country.</summary>
/// <param name="Code">Official code: "00" Sweden (SCB), "01" a county, "0180" a municipality, ISO 3166-1 for other countries; healthcare regions have a slug.</param>
/// <param name="Kind">What kind of area it is.</param>
/// <param name="Name">Name in the requested language.</param>
/// <param name="Parent">The administrative parent: municipality → county → Sweden.</param>
/// <param name="HealthcareRegions">The healthcare regions it belongs to; whole is false where only part of it does (Halland).</param>
/// <param name="Note">A note on the area or its code.</param>
/// <param name="Sources">The documents that state these facts.</param>
/// <param name="UpdatedAt">When the record last changed (RFC 3339, UTC).</param>
public sealed record AreaResponse(
    string Code, AreaKind Kind, string Name, AreaRef? Parent, IReadOnlyList<HealthcareRegionResponse> HealthcareRegions,
    string? Note, IReadOnlyList<SourceRef> Sources, DateTime UpdatedAt);

/// <summary>Ett område med underordnade områden och organisationen som styr det. / An area with its children and the organisation that governs it.</summary>
/// <param name="Code">Official code (see the list).</param>
/// <param name="Kind">What kind of area it is.</param>
/// <param name="Name">Name in the requested language.</param>
/// <param name="Parent">The administrative parent.</param>
/// <param name="Children">The areas whose parent it is.</param>
/// <param name="HealthcareRegions">The healthcare regions it belongs to.</param>
/// <param name="Organisations">The regions or municipalities that govern it.</param>
/// <param name="Note">A note on the area or its code.</param>
/// <param name="Sources">The documents that state these facts.</param>
/// <param name="UpdatedAt">When the record last changed (RFC 3339, UTC).</param>
public sealed record AreaDetailResponse(
    string Code, AreaKind Kind, string Name, AreaRef? Parent, IReadOnlyList<AreaRef> Children,
    IReadOnlyList<HealthcareRegionResponse> HealthcareRegions, IReadOnlyList<GoverningOrganisation> Organisations,
    string? Note, IReadOnlyList<SourceRef> Sources, DateTime UpdatedAt);

/// <summary>En sjukvårdsregion som ett område hör till. / A healthcare region an area belongs to.</summary>
/// <param name="Code">The healthcare region's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Whole">False where only part of the area belongs to it.</param>
public sealed record HealthcareRegionResponse(string Code, string Name, bool Whole);

/// <summary>En organisation som styr ett område. / An organisation that governs an area.</summary>
/// <param name="Id">The organisation's id; details at /api/v1/organisations/{id}.</param>
/// <param name="Name">The organisation's name.</param>
public sealed record GoverningOrganisation(string Id, string Name);
