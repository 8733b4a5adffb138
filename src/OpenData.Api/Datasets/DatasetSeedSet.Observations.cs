using System.Globalization;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Datasets.Importing;
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
    /// Loads a dataset's observations from its CSV file when the file (or its notes) changed since the last load, through the
    /// observation store as an upload is written, and records the difference as a new revision.
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
        // Inside the seeder's transaction the replacement is a savepoint of it, committed (or undone) with the whole seed run.
        await using (var replacement = await store.BeginReplaceAsync(dataset.Id, ReplacementOrigin.SeedFile(file.File, run.Now), cancellationToken)
                                       ?? throw new InvalidOperationException($"The dataset {dataset.Id} was saved, but the observation store cannot find it."))
        {
            await replacement.WriteAsync([.. incoming.Select(o => ToValid(o, replacement.References))], cancellationToken);
            var written = await replacement.CommitAsync(cancellationToken)
                          ?? throw new InvalidOperationException($"The revision of {dataset.Id} moved on during seeding, inside the seeder's transaction.");
            LogObservations(run.Logger, dataset.Id, written.RowsAdded, written.RowsChanged, written.RowsRemoved);
        }
        // The store moved the dataset's revision, counters and dates on in SQL: the tracked record takes them over, so that
        // nothing saved later writes the old ones back.
        await Db.Entry(dataset).ReloadAsync(cancellationToken);

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
    }

    /// <summary>An observation <see cref="ReadObservations"/> checked, as the store takes it.</summary>
    private static ValidObservation ToValid(Observation o, ObservationReferences references)
    {
        string[] dimensions = [.. new[] { o.Dimension1, o.Dimension2, o.Dimension3, o.Dimension4 }.TakeWhile(code => code != "").Select(references.Shared)];
        var key = references.KeyOf(o.IndicatorCode, o.AreaCode, o.Period, o.Sex, dimensions)
                  ?? throw new SeedDataException($"Dataset '{o.DatasetId}': {o.IndicatorCode}/{o.AreaCode}/{o.Period} names a code the dataset does not have.");
        return new ValidObservation(key, references.Shared(o.IndicatorCode), references.Shared(o.AreaCode), references.Shared(o.Period), o.Sex, o.Value,
            o.Status, o.NoteSv, o.NoteEn, references.Shared(o.SourceId), dimensions);
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
