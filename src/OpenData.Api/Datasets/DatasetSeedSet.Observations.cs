using System.Globalization;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

internal sealed partial class DatasetSeedSet
{
    private const string DerivedNoteSv = "Summan av länets kommuner, beräknad av OpenData; ingen publicerad siffra.";
    private const string DerivedNoteEn = "Sum of the county's municipalities, computed by OpenData; not a published figure.";
    private const string WrittenAsZeroNoteSv = "Källfilen har 0 här, men programmet som skrev den satte 0 där Socialstyrelsens svar saknade värde "
                                               + "(adhd_data_fetcher.py); nästan alla nollor är sådana, så värdet redovisas som saknat.";
    private const string WrittenAsZeroNoteEn = "The source file has 0 here, but the program that wrote it put 0 where Socialstyrelsen's answer had no value "
                                               + "(adhd_data_fetcher.py); nearly every zero is such a gap, so the value is given as missing.";

    /// <summary>
    /// Loads a dataset's observations from its CSV file when the file (or its notes) changed since the
    /// last load, and records the difference as a new revision.
    /// </summary>
    private async Task SyncObservationsAsync(Dataset dataset, DatasetSeed seed, SeedRun run, CancellationToken cancellationToken)
    {
        var file = seed.Observations!;
        var path = run.PathOf(file.File);
        // The dimensions say which column holds which code, so they are part of what was loaded.
        var hash = SeedRun.Hash(new { file, seed.Dimensions }, File.ReadAllBytes(path));
        var seedFileName = $"observations:{dataset.Id}";
        var loaded = await Db.SeedFiles.FindAsync([seedFileName], cancellationToken);
        if (loaded?.Hash == hash)
        {
            return;
        }

        var incoming = ReadObservations(dataset, seed, file, path, run);
        var existing = await Db.Observations.Where(o => o.DatasetId == dataset.Id).ToDictionaryAsync(KeyOf, cancellationToken);
        int added = 0, changed = 0, removed = 0;
        var newObservations = new List<Observation>();
        foreach (var observation in incoming)
        {
            if (!existing.Remove(KeyOf(observation), out var current))
            {
                newObservations.Add(observation);
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
        await InsertAsync(newObservations, cancellationToken);

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

    /// <summary>
    /// Inserts new observations several to a statement, prepared once, in the seed's transaction. Change tracking cost four
    /// seconds for the 25 000 figures of one dataset on every fresh database (and every test host that starts on one); this costs
    /// about half a second. On SQLite more than ten rows to a statement cost more, not less: its parameters are looked up by
    /// name. PostgreSQL binds them by position, and there the round trips are what costs (1.9 s at ten rows, 1.0 s at 500).
    /// </summary>
    private async Task InsertAsync(IReadOnlyList<Observation> observations, CancellationToken cancellationToken)
    {
        var rowsPerStatement = Db.Database.IsSqlite() ? 10 : 500;
        string[] columns = ["DatasetId", "IndicatorCode", "AreaCode", "Period", "Sex", "Dimension1", "Dimension2", "Dimension3", "Dimension4",
            "Value", "Status", "NoteSv", "NoteEn", "SourceId"];
        DbCommand? command = null;
        try
        {
            foreach (var chunk in observations.Chunk(rowsPerStatement))
            {
                if (command?.Parameters.Count != chunk.Length * columns.Length)
                {
                    command?.Dispose();
                    command = Command(chunk.Length, columns);
                }
                var p = 0;
                foreach (var o in chunk)
                {
                    foreach (var value in new object?[]
                             {
                                 o.DatasetId, o.IndicatorCode, o.AreaCode, o.Period, KebabCase.ToName(o.Sex), o.Dimension1, o.Dimension2, o.Dimension3,
                                 o.Dimension4, o.Value, KebabCase.ToName(o.Status), o.NoteSv, o.NoteEn, o.SourceId,
                             })
                    {
                        command.Parameters[p++].Value = value ?? DBNull.Value;
                    }
                }
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            command?.Dispose();
        }
    }

    /// <summary>An INSERT of <paramref name="rows"/> rows on the seed's connection and transaction; quoted names are the same on SQLite and PostgreSQL.</summary>
    private DbCommand Command(int rows, string[] columns)
    {
        var command = Db.Database.GetDbConnection().CreateCommand();
        command.Transaction = Db.Database.CurrentTransaction?.GetDbTransaction();
        var values = Enumerable.Range(0, rows).Select(row => $"({string.Join(", ", columns.Select((_, column) => $"@p{row * columns.Length + column}"))})");
        command.CommandText = $"INSERT INTO \"Observations\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES {string.Join(", ", values)}";
        for (var i = 0; i < rows * columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static (string, string, string, Sex, string, string, string, string) KeyOf(Observation o) =>
        (o.IndicatorCode, o.AreaCode, o.Period, o.Sex, o.Dimension1, o.Dimension2, o.Dimension3, o.Dimension4);

    private static List<Observation> ReadObservations(Dataset dataset, DatasetSeed seed, ObservationFileSeed file, string path, SeedRun run)
    {
        var context = $"{file.File} (dataset '{dataset.Id}')";
        var indicators = dataset.Indicators.Select(i => i.Code).ToHashSet();
        var observations = file.Format switch
        {
            ObservationFileFormat.Population => ReadPopulation(dataset, path),
            ObservationFileFormat.Indicator => ReadIndicatorRates(dataset, path),
            ObservationFileFormat.Dimensions => ReadDimensions(dataset, seed.Dimensions ?? [], file.ZeroMeansMissing ?? false, path, context),
            _ => throw new SeedDataException($"{context}: unknown format '{file.Format}'."),
        };

        var keys = new HashSet<(string, string, string, Sex, string, string, string, string)>();
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
                throw new SeedDataException($"{where}: a second value for the same indicator, area, period, sex and dimensions.");
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

    /// <summary>Reads a file with a column per dimension; every code must be one the dimension declares.</summary>
    /// <param name="zeroMeansMissing">Whether the file's writer put 0 where its source had no value (<see cref="ObservationFileSeed.ZeroMeansMissing"/>).</param>
    private static List<Observation> ReadDimensions(Dataset dataset, IReadOnlyList<DimensionSeed> dimensions, bool zeroMeansMissing, string path, string context)
    {
        var indicator = dataset.Indicators.Single().Code;
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var declared = dimensions.Select(d => d.Codes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal)).ToList();
        var observations = new List<Observation>();
        while (csv.Read())
        {
            var codes = new string[DatasetDimension.MaxPerDataset];
            Array.Fill(codes, "");
            for (var i = 0; i < dimensions.Count; i++)
            {
                codes[i] = csv.GetField(dimensions[i].Column) ?? "";
                if (!declared[i].Contains(codes[i]))
                {
                    throw new SeedDataException($"{context}, row {csv.Parser.Row}: '{codes[i]}' is not a code of the dimension {dimensions[i].Code}.");
                }
            }
            var value = csv.GetField<double>("value");
            var gap = zeroMeansMissing && value == 0;
            observations.Add(new Observation
            {
                DatasetId = dataset.Id,
                IndicatorCode = indicator,
                AreaCode = csv.GetField("area_code")!,
                Period = csv.GetField("year")!,
                Sex = KebabCase.Parse<Sex>(csv.GetField("sex")!),
                Dimension1 = codes[0],
                Dimension2 = codes[1],
                Dimension3 = codes[2],
                Dimension4 = codes[3],
                Value = gap ? null : value,
                Status = gap ? ObservationStatus.Missing : ObservationStatus.Published,
                NoteSv = gap ? WrittenAsZeroNoteSv : null,
                NoteEn = gap ? WrittenAsZeroNoteEn : null,
                SourceId = SourceIdOf(csv.GetField("source_id")!),
            });
        }
        return observations;
    }

    /// <summary>The reference files name sources as "SCB_FOLKMANGD_2024_PAGE"; the API's ids are "scb-folkmangd-2024-page".</summary>
    internal static string SourceIdOf(string referenceSourceId) => referenceSourceId.ToLowerInvariant().Replace('_', '-');

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded observations of {DatasetId}: {Added} added, {Changed} changed, {Removed} removed")]
    private static partial void LogObservations(ILogger logger, string datasetId, int added, int changed, int removed);

    internal sealed record PopulationRow(string Code, string Level, string Name, int Year, long Population, int Derived, string SourceId);

    internal sealed record IndicatorRow(
        string IndicatorCode, string IndicatorName, string Unit, string AreaCode, string AreaName, int Year,
        string Sex, string AgeGroup, double Value, string SourceId, string SourceUrl, string SourceNote);
}
