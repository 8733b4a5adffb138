using System.Linq.Expressions;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Datasets;

/// <summary>A dataset as GraphQL reads it: the columns its fields need, keys for its relations, texts in both languages.</summary>
public sealed record DatasetNode(string Id, BilingualText Title, BilingualText Description, string? PublisherId, DatasetLicenceNode Licence,
    List<string> KeywordsSv, List<string> KeywordsEn, string? Theme, string? TemporalFrom, string? TemporalTo, string? SpatialAreaCode,
    string? UpdateFrequency, DateOnly? Issued, DateTime Modified, int Revision, int ObservationCount, DateTime UpdatedAt)
{
    public static readonly Expression<Func<Dataset, DatasetNode>> From = d => new DatasetNode(
        d.Id, new BilingualText(d.TitleSv, d.TitleEn), new BilingualText(d.DescriptionSv, d.DescriptionEn), d.PublisherId,
        new DatasetLicenceNode(d.LicenceId, d.LicenceUri, new BilingualText(d.LicenceNoteSv, d.LicenceNoteEn)),
        d.KeywordsSv, d.KeywordsEn, d.Theme, d.TemporalFrom, d.TemporalTo, d.SpatialAreaCode,
        d.UpdateFrequency, d.Issued, d.Modified, d.Revision, d.ObservationCount, d.UpdatedAt);

    /// <summary>
    /// The projection for a selection: each part is read only when a field that reads it is selected. The id is always read;
    /// revisions, indicators, dimensions, observations and sources are loaded by it.
    /// </summary>
    public static readonly NodeProjection<Dataset, DatasetNode> ForSelection = new(From, new Dictionary<string, string[]>
    {
        [nameof(Title)] = ["title"],
        [nameof(Description)] = ["description"],
        [nameof(PublisherId)] = ["publisher"],
        [nameof(Licence)] = ["licence"],
        [nameof(KeywordsSv)] = ["keywords"],
        [nameof(KeywordsEn)] = ["keywords"],
        [nameof(Theme)] = ["theme"],
        [nameof(TemporalFrom)] = ["temporalFrom"],
        [nameof(TemporalTo)] = ["temporalTo"],
        [nameof(SpatialAreaCode)] = ["spatialCoverage"],
        [nameof(UpdateFrequency)] = ["updateFrequency"],
        [nameof(Issued)] = ["issued"],
        [nameof(Modified)] = ["modified"],
        [nameof(Revision)] = ["revision"],
        [nameof(ObservationCount)] = ["observationCount"],
        [nameof(UpdatedAt)] = ["updatedAt"],
    });
}

public sealed record DatasetLicenceNode(string? Id, string? Uri, BilingualText Note);

public sealed record DatasetRevisionNode(int Number, DateTime CreatedAt, int RowsAdded, int RowsChanged, int RowsRemoved, BilingualText Note)
{
    public static readonly Expression<Func<DatasetRevision, DatasetRevisionNode>> From = r => new DatasetRevisionNode(
        r.Number, r.CreatedAt, r.RowsAdded, r.RowsChanged, r.RowsRemoved, new BilingualText(r.NoteSv, r.NoteEn));
}

/// <summary>An indicator is known by its dataset and its code.</summary>
public readonly record struct IndicatorKey(string DatasetId, string Code)
{
    public override string ToString() => $"{DatasetId}/{Code}";
}

public sealed record IndicatorNode(string DatasetId, string Code, BilingualText Name, BilingualText Unit, BilingualText Definition, bool? HigherIsBetter)
{
    public static readonly Expression<Func<Indicator, IndicatorNode>> From = i => new IndicatorNode(
        i.DatasetId, i.Code, new BilingualText(i.NameSv, i.NameEn), new BilingualText(i.UnitSv, i.UnitEn), new BilingualText(i.DefinitionSv, i.DefinitionEn),
        i.HigherIsBetter);

    public IndicatorKey Key => new(DatasetId, Code);
}

public sealed record ObservationNode(long Id, string DatasetId, string IndicatorCode, string AreaCode, string Period, Sex Sex, double? Value,
    ObservationStatus Status, BilingualText Note, string SourceId, string Dimension1, string Dimension2, string Dimension3, string Dimension4)
{
    public static readonly Expression<Func<Observation, ObservationNode>> From = o => new ObservationNode(
        o.Id, o.DatasetId, o.IndicatorCode, o.AreaCode, o.Period, o.Sex, o.Value, o.Status, new BilingualText(o.NoteSv, o.NoteEn), o.SourceId,
        o.Dimension1, o.Dimension2, o.Dimension3, o.Dimension4);

    /// <summary>The observation's code in each of its dataset's own dimensions, named by <paramref name="dimensions"/> (the dataset's, in order).</summary>
    public IEnumerable<ObservationDimensionNode> CodesIn(IReadOnlyList<DimensionNode> dimensions)
    {
        string[] columns = [Dimension1, Dimension2, Dimension3, Dimension4];
        return dimensions.Where(d => d.Position > 0).Select(d => new ObservationDimensionNode(d, columns[d.Position - 1]));
    }
}

/// <summary>A dimension of a dataset; <paramref name="Position"/> is an own dimension's column (1–4), 0 for the fixed ones.</summary>
public sealed record DimensionNode(string Code, BilingualText Name, string? Role, string? TotalCode, IReadOnlyList<DimensionCodeNode>? Codes, int Position)
{
    public static readonly Expression<Func<DatasetDimension, DimensionNode>> From = d => new DimensionNode(
        d.Code, new BilingualText(d.NameSv, d.NameEn), null, d.TotalCode,
        d.Codes.OrderBy(c => c.Position).Select(c => new DimensionCodeNode(c.Code, new BilingualText(c.LabelSv, c.LabelEn))).ToList(), d.Position);

    /// <summary>Every dimension of a dataset: indicator, area, period and sex as REST lists them, then its own.</summary>
    public static List<DimensionNode> All(IEnumerable<IndicatorNode> indicators, IEnumerable<DimensionNode> own) =>
    [
        new("indicator", new BilingualText("Indikator", "Indicator"), "metric", null, [.. indicators.Select(i => new DimensionCodeNode(i.Code, i.Name))], 0),
        new("area", new BilingualText("Område", "Area"), "geo", null, null, 0),
        new("period", new BilingualText("Period", "Period"), "time", null, null, 0),
        new("sex", new BilingualText("Kön", "Sex"), null, "total", [.. Enum.GetValues<Sex>().Select(s => new DimensionCodeNode(
            Data.KebabCase.ToName(s), new BilingualText(DatasetDimensions.SexLabel(s, Infrastructure.Language.Sv), DatasetDimensions.SexLabel(s, Infrastructure.Language.En))))], 0),
        .. own,
    ];
}

public sealed record DimensionCodeNode(string Code, BilingualText Label);

/// <summary>An observation's code in one of its dataset's own dimensions.</summary>
public sealed record ObservationDimensionNode(DimensionNode Dimension, string Code)
{
    public BilingualText Label => Dimension.Codes?.FirstOrDefault(c => c.Code == Code)?.Label ?? new BilingualText(Code, Code);
}
