using System.ComponentModel;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

/// <summary>An indicator dataset: metadata, indicators and observations, with every revision kept.</summary>
public class Dataset : IHasSources, ITracked, ISearchable
{
    public required string Id { get; set; }
    public required string TitleSv { get; set; }
    public string? TitleEn { get; set; }
    public string? DescriptionSv { get; set; }
    public string? DescriptionEn { get; set; }
    public string? PublisherId { get; set; }
    public Organisation? Publisher { get; set; }
    /// <summary>SPDX licence id ("CC0-1.0"); null where the publisher states no licence.</summary>
    public string? LicenceId { get; set; }
    /// <summary>The licence's canonical URI.</summary>
    public string? LicenceUri { get; set; }
    public string? LicenceNoteSv { get; set; }
    public string? LicenceNoteEn { get; set; }
    public List<string> KeywordsSv { get; set; } = [];
    public List<string> KeywordsEn { get; set; } = [];
    /// <summary>EU data theme code ("HEAL", "SOCI").</summary>
    public string? Theme { get; set; }
    /// <summary>First and last period covered, ISO 8601 ("1968", "2024").</summary>
    public string? TemporalFrom { get; set; }
    public string? TemporalTo { get; set; }
    /// <summary>The area the dataset covers as a whole (Sweden "00").</summary>
    public string? SpatialAreaCode { get; set; }
    public Area? SpatialArea { get; set; }
    /// <summary>EU frequency code ("ANNUAL", "IRREG").</summary>
    public string? UpdateFrequency { get; set; }
    public DateOnly? Issued { get; set; }
    public DateTime Modified { get; set; }
    public int Revision { get; set; }
    public List<Indicator> Indicators { get; set; } = [];
    /// <summary>The dimensions of its own beyond indicator, area, period and sex (age group, medicine), in their order.</summary>
    public List<DatasetDimension> Dimensions { get; set; } = [];
    public List<DatasetRevision> Revisions { get; set; } = [];
    /// <summary>The number of observations, kept with each write so lists need not count them.</summary>
    public int ObservationCount { get; set; }
    public List<Source> Sources { get; set; } = [];
    public DateTime UpdatedAt { get; set; }
    public string SearchText { get; set; } = "";
    public string? SeedHash { get; set; }

    public IEnumerable<string?> SearchTerms() => [Id, TitleSv, TitleEn, .. KeywordsSv, .. KeywordsEn];
}

public class Indicator
{
    public string DatasetId { get; set; } = "";
    public required string Code { get; set; }
    public required string NameSv { get; set; }
    public string? NameEn { get; set; }
    public required string UnitSv { get; set; }
    public string? UnitEn { get; set; }
    public string? DefinitionSv { get; set; }
    public string? DefinitionEn { get; set; }
    /// <summary>Whether a higher value is better; null where that is not a meaningful question (population).</summary>
    public bool? HigherIsBetter { get; set; }
}

/// <summary>
/// A dimension of a dataset's own (age group, medicine): its codes with their labels, in order. Its position says which of an
/// observation's <see cref="Observation.Dimension1"/>…<see cref="Observation.Dimension4"/> holds its code.
/// </summary>
public class DatasetDimension
{
    /// <summary>
    /// The most dimensions of its own a dataset may have. Each is a column of the observations' one index, and each column costs
    /// imports time on every row; PxWeb and SDMX tables rarely have more than six variables in all, this counts four beside
    /// indicator, area, period and sex.
    /// </summary>
    public const int MaxPerDataset = 4;

    public string DatasetId { get; set; } = "";
    /// <summary>The dimension's code, also its REST parameter ("age").</summary>
    public required string Code { get; set; }
    /// <summary>1 to <see cref="MaxPerDataset"/>: its order among the dataset's dimensions, and the observation column its codes are in.</summary>
    public int Position { get; set; }
    public required string NameSv { get; set; }
    public string? NameEn { get; set; }
    /// <summary>The code that stands for all the others together ("total"), where the figures have one.</summary>
    public string? TotalCode { get; set; }
    public List<DimensionCode> Codes { get; set; } = [];
}

/// <summary>One code of a dataset's dimension ("15-19"), with its labels and its place in the dimension's order.</summary>
public class DimensionCode
{
    public required string Code { get; set; }
    public int Position { get; set; }
    public required string LabelSv { get; set; }
    public string? LabelEn { get; set; }
}

/// <summary>One figure: indicator × area × period × sex × the dataset's own dimensions → value.</summary>
// Observations are only ever looked up within a dataset, and each index costs seconds per million imported rows:
// deleting a source, an area or an indicator (rare) scans the table instead.
[UnindexedForeignKey(nameof(SourceId))]
[UnindexedForeignKey(nameof(AreaCode))]
[UnindexedForeignKey(nameof(DatasetId), nameof(IndicatorCode))]
public class Observation
{
    /// <summary>
    /// Whether a dataset's <paramref name="count"/> rows, with ids from <paramref name="first"/> to <paramref name="last"/>, lie
    /// close enough together (as an import writes them) that SQLite reads them faster by a scan of that id range than through the
    /// key index, which costs a seek into the table per row.
    /// </summary>
    public static bool LieTogether(long count, long first, long last) => count > 0 && last - first + 1 <= 2 * count;

    public long Id { get; set; }
    public required string DatasetId { get; set; }
    public required string IndicatorCode { get; set; }
    public required string AreaCode { get; set; }
    public Area? Area { get; set; }
    /// <summary>ISO 8601 period: a year ("2024").</summary>
    public required string Period { get; set; }
    public Sex Sex { get; set; }
    /// <summary>The code of the dataset's own dimension at position 1; empty where the dataset has no such dimension.</summary>
    public string Dimension1 { get; set; } = "";
    public string Dimension2 { get; set; } = "";
    public string Dimension3 { get; set; } = "";
    public string Dimension4 { get; set; } = "";
    /// <summary>Null when the status says the value is missing or suppressed.</summary>
    public double? Value { get; set; }
    public ObservationStatus Status { get; set; }
    public string? NoteSv { get; set; }
    public string? NoteEn { get; set; }
    /// <summary>The source the figure was read from.</summary>
    public required string SourceId { get; set; }
}

[Description("Kön. / Sex.")]
[OpenApiDescription("Kön: totalt, kvinnor eller män. / Sex: total, female or male.")]
public enum Sex
{
    [Description("Båda könen. / Both sexes.")]
    Total,
    [Description("Kvinnor. / Women.")]
    Female,
    [Description("Män. / Men.")]
    Male,
}

[Description("Status för ett värde. / Status of a value.")]
[OpenApiDescription("Status för ett värde: publicerat, härlett av OpenData, preliminärt, saknas eller undertryckt. / "
    + "Status of a value: published, derived by OpenData, provisional, missing or suppressed.")]
public enum ObservationStatus
{
    /// <summary>A figure as published.</summary>
    [Description("Värdet som det publicerats. / The value as published.")]
    Published,
    /// <summary>Computed by OpenData from published figures (a county as the sum of its municipalities).</summary>
    [Description("Beräknat av OpenData ur publicerade värden. / Computed by OpenData from published values.")]
    Derived,
    [Description("Preliminärt värde. / Provisional value.")]
    Provisional,
    [Description("Värde saknas. / Value missing.")]
    Missing,
    [Description("Undertryckt värde (sekretess). / Suppressed value (confidentiality).")]
    Suppressed,
}

/// <summary>One write to a dataset's observations.</summary>
public class DatasetRevision
{
    public string DatasetId { get; set; } = "";
    public int Number { get; set; }
    public DateTime CreatedAt { get; set; }
    public int RowsAdded { get; set; }
    public int RowsChanged { get; set; }
    public int RowsRemoved { get; set; }
    public string? NoteSv { get; set; }
    public string? NoteEn { get; set; }
}
