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

/// <summary>Ett värde: indikator × område × period × kön → värde. / One figure: indicator × area × period × sex → value.</summary>
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
    long Id, string Indicator, AreaRef Area, string Period, Sex Sex, double? Value, ObservationStatus Status, string? Note, string Source);
