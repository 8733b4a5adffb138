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
    ObservationStatus Status, BilingualText Note, string SourceId)
{
    public static readonly Expression<Func<Observation, ObservationNode>> From = o => new ObservationNode(
        o.Id, o.DatasetId, o.IndicatorCode, o.AreaCode, o.Period, o.Sex, o.Value, o.Status, new BilingualText(o.NoteSv, o.NoteEn), o.SourceId);
}
