using OpenData.Api.Areas;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

/// <summary>Ett indikatordataset med metadata. / An indicator dataset with its metadata.</summary>
/// <param name="Id">Stable, human-readable id.</param>
/// <param name="Title">Title in the requested language.</param>
/// <param name="Description">What the dataset holds and how to read it.</param>
/// <param name="Publisher">The organisation that publishes the figures.</param>
/// <param name="Licence">The licence the publisher states; null where it states none (see the note).</param>
/// <param name="Keywords">Keywords in the requested language.</param>
/// <param name="Theme">EU data theme code ("HEAL", "SOCI").</param>
/// <param name="TemporalCoverage">The first and last period covered.</param>
/// <param name="SpatialCoverage">The area the dataset covers.</param>
/// <param name="UpdateFrequency">EU frequency code ("ANNUAL").</param>
/// <param name="Issued">When the dataset was first published, where known.</param>
/// <param name="Modified">When its observations last changed (RFC 3339, UTC).</param>
/// <param name="Revision">The number of the latest revision.</param>
/// <param name="Revisions">Every revision of the observations, newest first.</param>
/// <param name="Indicators">What the dataset measures.</param>
/// <param name="Dimensions">What each figure is broken down by: indicator (role metric), area (geo), period (time), sex, then the dataset's own dimensions (age group, medicine), each with its codes in order. Areas and periods are too many to list here: …/availability gives the ones with figures.</param>
/// <param name="ObservationCount">How many observations it holds.</param>
/// <param name="Sources">The documents the figures come from.</param>
/// <param name="UpdatedAt">When the record last changed (RFC 3339, UTC).</param>
public sealed record DatasetResponse(
    string Id,
    string Title,
    string? Description,
    OrganisationRef? Publisher,
    DatasetLicence Licence,
    IReadOnlyList<string> Keywords,
    string? Theme,
    TemporalCoverage TemporalCoverage,
    AreaRef? SpatialCoverage,
    string? UpdateFrequency,
    DateOnly? Issued,
    DateTime Modified,
    int Revision,
    IReadOnlyList<RevisionResponse> Revisions,
    IReadOnlyList<IndicatorResponse> Indicators,
    IReadOnlyList<DimensionResponse> Dimensions,
    int ObservationCount,
    IReadOnlyList<SourceRef> Sources,
    DateTime UpdatedAt);

/// <summary>Ett datasets licens. / A dataset's licence.</summary>
/// <param name="Id">SPDX id ("CC0-1.0"); null where the publisher states no licence.</param>
/// <param name="Uri">The licence's canonical URI.</param>
/// <param name="Note">How to use and cite the data.</param>
public sealed record DatasetLicence(string? Id, string? Uri, string? Note);

/// <summary>Perioderna ett dataset täcker (ISO 8601). / The periods a dataset covers (ISO 8601).</summary>
/// <param name="From">First period.</param>
/// <param name="To">Last period.</param>
public sealed record TemporalCoverage(string? From, string? To);

/// <summary>En skrivning till ett datasets observationer. / One write to a dataset's observations.</summary>
/// <param name="Number">Revision number, from 1.</param>
/// <param name="CreatedAt">When it was made (RFC 3339, UTC).</param>
/// <param name="RowsAdded">Observations added.</param>
/// <param name="RowsChanged">Observations changed.</param>
/// <param name="RowsRemoved">Observations removed.</param>
/// <param name="Note">What the revision was.</param>
public sealed record RevisionResponse(int Number, DateTime CreatedAt, int RowsAdded, int RowsChanged, int RowsRemoved, string? Note);

/// <summary>Något ett dataset mäter. / Something a dataset measures.</summary>
/// <param name="Code">The indicator's code.</param>
/// <param name="Name">Name in the requested language.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Definition">How the figure is defined.</param>
/// <param name="HigherIsBetter">Whether a higher value is better; null where the question does not apply.</param>
public sealed record IndicatorResponse(string Code, string Name, string Unit, string? Definition, bool? HigherIsBetter);

/// <summary>En dimension av ett dataset, med sina koder. / A dimension of a dataset, with its codes.</summary>
/// <param name="Code">The dimension's code: its REST filter parameter, CSV column and JSON-stat id ("age").</param>
/// <param name="Name">Name in the requested language.</param>
/// <param name="Role">JSON-stat's role: metric (indicator), geo (area), time (period); null for the others.</param>
/// <param name="TotalCode">The code that stands for all the others together, where there is one ("total").</param>
/// <param name="Codes">The codes in order with their labels; null for area and period (see …/availability).</param>
public sealed record DimensionResponse(string Code, string Name, string? Role, string? TotalCode, IReadOnlyList<DimensionCodeResponse>? Codes);

/// <summary>En kod i en dimension. / One code of a dimension.</summary>
/// <param name="Code">The code ("15-19").</param>
/// <param name="Label">Its label in the requested language.</param>
public sealed record DimensionCodeResponse(string Code, string Label);

/// <summary>Ett värde: indikator × område × period × kön × datasetets egna dimensioner → värde. / One figure: indicator × area × period × sex × the dataset's own dimensions → value.</summary>
/// <param name="Id">The observation's number, stable within a revision.</param>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Area">The area the figure is for.</param>
/// <param name="Period">ISO 8601 period ("2024").</param>
/// <param name="Sex">total, female or male.</param>
/// <param name="Value">The figure; null when the status says it is missing or suppressed.</param>
/// <param name="Status">published, derived (computed by OpenData from published figures), provisional, missing or suppressed.</param>
/// <param name="Note">A note on this figure, such as an earlier published value.</param>
/// <param name="Source">The id of the source the figure was read from.</param>
public sealed record ObservationResponse(
    long Id, string Indicator, AreaRef Area, string Period, Sex Sex, double? Value, ObservationStatus Status, string? Note, string Source)
{
    /// <summary>The codes of the dataset's own dimensions, by dimension ({"age": "15-19", "medicine": "N06BA04"}); empty when it has none.</summary>
    public IReadOnlyDictionary<string, string> Dimensions { get; init; } = new Dictionary<string, string>();
}

/// <summary>An observation as read, with the columns that hold its own dimensions' codes, before they are named.</summary>
public sealed record ObservationRow(ObservationResponse Observation, string Dimension1, string Dimension2, string Dimension3, string Dimension4)
{
    public ObservationResponse Named(DatasetDimensions dimensions) =>
        dimensions.Own.Count == 0 ? Observation : Observation with { Dimensions = dimensions.CodesOf(Dimension1, Dimension2, Dimension3, Dimension4) };
}

/// <summary>Vilka koder som har värden för ett urval. / Which codes have figures for a selection.</summary>
/// <param name="ObservationCount">How many observations the whole selection holds.</param>
/// <param name="Dimensions">For each dimension in the dataset's order, its codes with at least one value (not missing or suppressed) when every other dimension's filter applies.</param>
public sealed record AvailabilityResponse(int ObservationCount, IReadOnlyList<AvailableDimension> Dimensions);

/// <summary>En dimensions koder med värden. / A dimension's codes that have figures.</summary>
/// <param name="Code">The dimension's code.</param>
/// <param name="Codes">Its codes with figures, in the dimension's order, with their labels.</param>
public sealed record AvailableDimension(string Code, IReadOnlyList<DimensionCodeResponse> Codes);
