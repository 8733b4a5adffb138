using Microsoft.EntityFrameworkCore;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Datasets.Importing;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

/// <summary>The datasets of datasets.json with their indicators, and the observations of the CSV files they name.</summary>
internal sealed partial class DatasetSeedSet(OpenDataDbContext db, IObservationStore store) : SeedSet<DatasetSeed, Dataset>(db)
{
    public override string ResourceType => "datasets";

    public override IReadOnlyList<Type> References => [typeof(Source), typeof(Area), typeof(Organisation)];

    protected override IReadOnlyList<DatasetSeed> ReadSeeds(SeedRun run) => run.ReadJson<DatasetSeed>("datasets.json");

    protected override string IdOf(DatasetSeed seed) => seed.Id;

    protected override string IdOf(Dataset record) => record.Id;

    protected override IQueryable<Dataset> Existing() =>
        Db.Datasets.Include(d => d.Sources).Include(d => d.Indicators).Include(d => d.Dimensions).AsSplitQuery();

    protected override Dataset Create(DatasetSeed seed, SeedRun run)
    {
        var context = $"dataset '{seed.Id}'";
        return new Dataset
        {
            Id = seed.Id,
            TitleSv = seed.TitleSv,
            TitleEn = seed.TitleEn,
            DescriptionSv = seed.DescriptionSv,
            DescriptionEn = seed.DescriptionEn,
            PublisherId = run.ResolveOptional<Organisation>(seed.Publisher, context)?.Id,
            LicenceId = seed.LicenceId,
            LicenceUri = seed.LicenceUri,
            LicenceNoteSv = seed.LicenceNoteSv,
            LicenceNoteEn = seed.LicenceNoteEn,
            KeywordsSv = seed.KeywordsSv ?? [],
            KeywordsEn = seed.KeywordsEn ?? [],
            Theme = seed.Theme,
            TemporalFrom = seed.TemporalFrom,
            TemporalTo = seed.TemporalTo,
            SpatialAreaCode = run.ResolveOptional<Area>(seed.SpatialArea, context)?.Code,
            UpdateFrequency = seed.UpdateFrequency,
            Issued = seed.Issued,
            Modified = run.Now,
            Indicators = [.. (seed.Indicators ?? []).Select(i => new Indicator
            {
                DatasetId = seed.Id,
                Code = i.Code,
                NameSv = i.NameSv,
                NameEn = i.NameEn,
                UnitSv = i.UnitSv,
                UnitEn = i.UnitEn,
                DefinitionSv = i.DefinitionSv,
                DefinitionEn = i.DefinitionEn,
                HigherIsBetter = i.HigherIsBetter,
            })],
            Dimensions = [.. (seed.Dimensions ?? []).Select((d, i) => new DatasetDimension
            {
                DatasetId = seed.Id,
                Code = d.Code,
                Position = i + 1,
                NameSv = d.NameSv,
                NameEn = d.NameEn,
                TotalCode = d.TotalCode,
                Codes = [.. d.Codes.Select((c, j) => new DimensionCode { Code = c.Code, Position = j + 1, LabelSv = c.LabelSv, LabelEn = c.LabelEn })],
            })],
            Sources = run.SourcesOf(seed.Sources, context),
        };
    }

    protected override void Update(Dataset existing, Dataset incoming)
    {
        // The revision counts writes to the observations; a metadata change does not reset it.
        incoming.Revision = existing.Revision;
        incoming.ObservationCount = existing.ObservationCount;
        incoming.Modified = existing.Modified;
        CopyScalars(existing, incoming);
        SyncChildren(existing.Indicators, incoming.Indicators, i => i.Code, (_, _) => { });
        SyncChildren(existing.Dimensions, incoming.Dimensions, d => d.Code, (current, changed) => Replace(current.Codes, changed.Codes));
        Replace(existing.Sources, incoming.Sources);
    }

    protected override async Task AfterSyncAsync(IReadOnlyList<DatasetSeed> seeds, IReadOnlyDictionary<string, Dataset> records, SeedRun run,
        CancellationToken cancellationToken)
    {
        foreach (var seed in seeds.Where(d => d.Observations is not null))
        {
            await SyncObservationsAsync(records[seed.Id], seed, run, cancellationToken);
        }
    }
}

internal sealed record DatasetSeed(
    string Id, string TitleSv, string? TitleEn, string? DescriptionSv, string? DescriptionEn, string? Publisher,
    string? LicenceId, string? LicenceUri, string? LicenceNoteSv, string? LicenceNoteEn,
    List<string>? KeywordsSv, List<string>? KeywordsEn, string? Theme, string? TemporalFrom, string? TemporalTo,
    string? SpatialArea, string? UpdateFrequency, DateOnly? Issued, List<IndicatorSeed>? Indicators,
    List<DimensionSeed>? Dimensions, ObservationFileSeed? Observations, List<string> Sources);

/// <summary>A dimension of the dataset's own, and the column of its observation file that holds its codes.</summary>
internal sealed record DimensionSeed(string Code, string NameSv, string? NameEn, string? TotalCode, string Column, List<DimensionCodeSeed> Codes);

internal sealed record DimensionCodeSeed(string Code, string LabelSv, string? LabelEn);

internal sealed record IndicatorSeed(
    string Code, string NameSv, string? NameEn, string UnitSv, string? UnitEn, string? DefinitionSv,
    string? DefinitionEn, bool? HigherIsBetter);

/// <summary>Where a dataset's observations come from: a CSV file in one of the reference formats.</summary>
/// <param name="ZeroMeansMissing">
/// The file was written by a program that put 0 wherever its source gave no value (adhd_medication_county.csv: the fetcher's
/// code writes "0" for a combination missing from Socialstyrelsen's answer), so a 0 is loaded as a missing value with a note.
/// </param>
internal sealed record ObservationFileSeed(string File, ObservationFileFormat Format, List<ObservationNoteSeed>? Notes, bool? ZeroMeansMissing = null);

internal enum ObservationFileFormat
{
    /// <summary>The layout of population.csv: code, level, name, year, population, derived, source_id.</summary>
    Population,
    /// <summary>The layout of indicator_*.csv: indicator_code, …, area_code, year, sex, value, source_id.</summary>
    Indicator,
    /// <summary>
    /// One indicator by area_code, year, sex and the dataset's own dimensions, each in the column its seed names, then value and
    /// source_id (adhd_medication_county.csv).
    /// </summary>
    Dimensions,
}

/// <summary>A note attached to one observation (for instance a revised value).</summary>
internal sealed record ObservationNoteSeed(string Indicator, string Area, string Period, string NoteSv, string? NoteEn);
