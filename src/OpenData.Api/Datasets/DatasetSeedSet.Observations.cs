using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

internal sealed partial class DatasetSeedSet
{
    private const string DerivedNoteSv = "Summan av länets kommuner, beräknad av OpenData; ingen publicerad siffra.";
    private const string DerivedNoteEn = "Sum of the county's municipalities, computed by OpenData; not a published figure.";

    /// <summary>
    /// Loads a dataset's observations from its CSV file when the file (or its notes) changed since the
    /// last load, and records the difference as a new revision.
    /// </summary>
    private async Task SyncObservationsAsync(Dataset dataset, ObservationFileSeed file, SeedRun run, CancellationToken cancellationToken)
    {
        var path = run.PathOf(file.File);
        var hash = SeedRun.Hash(file, File.ReadAllBytes(path));
        var seedFileName = $"observations:{dataset.Id}";
        var loaded = await Db.SeedFiles.FindAsync([seedFileName], cancellationToken);
        if (loaded?.Hash == hash)
        {
            return;
        }

        var incoming = ReadObservations(dataset, file, path, run);
        var existing = await Db.Observations.Where(o => o.DatasetId == dataset.Id).ToDictionaryAsync(KeyOf, cancellationToken);
        int added = 0, changed = 0, removed = 0;
        foreach (var observation in incoming)
        {
            if (!existing.Remove(KeyOf(observation), out var current))
            {
                Db.Observations.Add(observation);
                added++;
            }
            else if (current.Value != observation.Value || current.Status != observation.Status
                     || current.NoteSv != observation.NoteSv || current.NoteEn != observation.NoteEn
                     || current.SourceId != observation.SourceId)
            {
                observation.Id = current.Id;
                Db.Entry(current).CurrentValues.SetValues(observation);
                changed++;
            }
        }
        Db.Observations.RemoveRange(existing.Values);
        removed = existing.Count;

        if (added + changed + removed > 0)
        {
            dataset.Revision++;
            dataset.Revisions.Add(new DatasetRevision
            {
                DatasetId = dataset.Id,
                Number = dataset.Revision,
                CreatedAt = run.Now,
                RowsAdded = added,
                RowsChanged = changed,
                RowsRemoved = removed,
                NoteSv = $"Inläst från {file.File}.",
                NoteEn = $"Loaded from {file.File}.",
            });
            dataset.Modified = run.Now;
            dataset.UpdatedAt = run.Now;
            dataset.ObservationCount = incoming.Count;
        }

        if (loaded is null)
        {
            Db.SeedFiles.Add(new SeedFile { Name = seedFileName, Hash = hash, LoadedAt = run.Now });
        }
        else
        {
            loaded.Hash = hash;
            loaded.LoadedAt = run.Now;
        }
        await Db.SaveChangesAsync(cancellationToken);
        LogObservations(run.Logger, dataset.Id, added, changed, removed);
    }

    private static (string, string, string, Sex) KeyOf(Observation o) => (o.IndicatorCode, o.AreaCode, o.Period, o.Sex);

    private static List<Observation> ReadObservations(Dataset dataset, ObservationFileSeed file, string path, SeedRun run)
    {
        var context = $"{file.File} (dataset '{dataset.Id}')";
        var indicators = dataset.Indicators.Select(i => i.Code).ToHashSet();
        var observations = file.Format switch
        {
            ObservationFileFormat.Population => ReadPopulation(dataset, path),
            ObservationFileFormat.Indicator => ReadIndicatorRates(dataset, path),
            _ => throw new SeedDataException($"{context}: unknown format '{file.Format}'."),
        };

        var keys = new HashSet<(string, string, string, Sex)>();
        foreach (var (observation, row) in observations.Select((o, i) => (o, i + 2)))
        {
            var where = $"{context}, row {row}";
            if (!indicators.Contains(observation.IndicatorCode))
            {
                throw new SeedDataException($"{where}: unknown indicator '{observation.IndicatorCode}'.");
            }
            run.Resolve<Area>(observation.AreaCode, where);
            run.Resolve<Source>(observation.SourceId, where);
            if (!keys.Add(KeyOf(observation)))
            {
                throw new SeedDataException($"{where}: a second value for the same indicator, area, period and sex.");
            }
        }

        foreach (var note in file.Notes ?? [])
        {
            var target = observations.SingleOrDefault(o => o.IndicatorCode == note.Indicator && o.AreaCode == note.Area && o.Period == note.Period)
                         ?? throw new SeedDataException($"{context}: a note names {note.Indicator}/{note.Area}/{note.Period}, which has no value.");
            target.NoteSv = note.NoteSv;
            target.NoteEn = note.NoteEn;
        }
        return observations;
    }

    private static List<Observation> ReadPopulation(Dataset dataset, string path)
    {
        var indicator = dataset.Indicators.Single().Code;
        return [.. SeedRun.ReadCsv<PopulationRow>(path).Select(row => new Observation
        {
            DatasetId = dataset.Id,
            IndicatorCode = indicator,
            AreaCode = row.Code,
            Period = row.Year.ToString(CultureInfo.InvariantCulture),
            Sex = Sex.Total,
            Value = row.Population,
            Status = row.Derived == 1 ? ObservationStatus.Derived : ObservationStatus.Published,
            NoteSv = row.Derived == 1 ? DerivedNoteSv : null,
            NoteEn = row.Derived == 1 ? DerivedNoteEn : null,
            SourceId = SourceIdOf(row.SourceId),
        })];
    }

    private static List<Observation> ReadIndicatorRates(Dataset dataset, string path) =>
        [.. SeedRun.ReadCsv<IndicatorRow>(path).Select(row => new Observation
        {
            DatasetId = dataset.Id,
            IndicatorCode = row.IndicatorCode,
            AreaCode = row.AreaCode,
            Period = row.Year.ToString(CultureInfo.InvariantCulture),
            Sex = KebabCase.Parse<Sex>(row.Sex),
            Value = row.Value,
            Status = ObservationStatus.Published,
            SourceId = SourceIdOf(row.SourceId),
        })];

    /// <summary>The reference files name sources as "SCB_FOLKMANGD_2024_PAGE"; the API's ids are "scb-folkmangd-2024-page".</summary>
    internal static string SourceIdOf(string referenceSourceId) => referenceSourceId.ToLowerInvariant().Replace('_', '-');

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded observations of {DatasetId}: {Added} added, {Changed} changed, {Removed} removed")]
    private static partial void LogObservations(ILogger logger, string datasetId, int added, int changed, int removed);

    internal sealed record PopulationRow(string Code, string Level, string Name, int Year, long Population, int Derived, string SourceId);

    internal sealed record IndicatorRow(
        string IndicatorCode, string IndicatorName, string Unit, string AreaCode, string AreaName, int Year,
        string Sex, string AgeGroup, double Value, string SourceId, string SourceUrl, string SourceNote);
}
