using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using CsvHelper.Configuration;

namespace OpenData.Api.Data.Seeding;

/// <summary>
/// One run of the seeder as a seed set sees it: the time it runs at, the seed files, and the records the
/// seed sets it refers to have seeded, by id.
/// </summary>
internal sealed class SeedRun
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt property in a seed file must fail loudly rather than be dropped.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private readonly SeedDirectory _directory;
    private readonly Dictionary<Type, object> _seededRecords;
    private readonly ISeedSet? _seedSet;

    public SeedRun(SeedDirectory directory, DateTime now, ILogger logger)
        : this(directory, now, logger, [], seedSet: null)
    {
    }

    private SeedRun(SeedDirectory directory, DateTime now, ILogger logger, Dictionary<Type, object> seededRecords, ISeedSet? seedSet)
    {
        _directory = directory;
        Now = now;
        Logger = logger;
        _seededRecords = seededRecords;
        _seedSet = seedSet;
    }

    public DateTime Now { get; }

    public ILogger Logger { get; }

    /// <summary>The same run for one seed set, which may resolve only the record types it declares.</summary>
    public SeedRun For(ISeedSet seedSet) => new(_directory, Now, Logger, _seededRecords, seedSet);

    public string PathOf(string fileName) => Path.Combine(_directory.Path, fileName);

    public string ReferencePathOf(string fileName) => Path.Combine(_directory.ReferencePath, fileName);

    public List<T> ReadJson<T>(string fileName)
    {
        using var stream = File.OpenRead(PathOf(fileName));
        try
        {
            return JsonSerializer.Deserialize<List<T>>(stream, JsonOptions)
                   ?? throw new SeedDataException($"{fileName} is empty.");
        }
        catch (JsonException e)
        {
            throw new SeedDataException($"{fileName}: {e.Message}", e);
        }
    }

    /// <summary>Reads a CSV file whose snake_case headers name the properties of <typeparamref name="T"/>.</summary>
    public static List<T> ReadCsv<T>(string path)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant(),
        };
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, configuration);
        return [.. csv.GetRecords<T>()];
    }

    /// <summary>The hash of the content an entry stands for (a data file it names), if any, followed by the entry as JSON.</summary>
    public static string Hash<T>(T seed, params byte[] content) =>
        Convert.ToHexStringLower(SHA256.HashData([.. content, .. JsonSerializer.SerializeToUtf8Bytes(seed, JsonOptions)]));

    public void AddSeeded<TRecord>(IReadOnlyDictionary<string, TRecord> records) => _seededRecords[typeof(TRecord)] = records;

    public TRecord Resolve<TRecord>(string id, string referencedFrom) =>
        SeededRecords<TRecord>().TryGetValue(id, out var record)
            ? record
            : throw new SeedDataException($"{referencedFrom} refers to '{id}', which is not in the seed data.");

    public TRecord? ResolveOptional<TRecord>(string? id, string referencedFrom) where TRecord : class =>
        id is null ? null : Resolve<TRecord>(id, referencedFrom);

    private IReadOnlyDictionary<string, TRecord> SeededRecords<TRecord>()
    {
        if (_seedSet is not null && _seedSet.RecordType != typeof(TRecord) && !_seedSet.References.Contains(typeof(TRecord)))
        {
            throw new InvalidOperationException(
                $"The seed set of {_seedSet.ResourceType} resolves {typeof(TRecord).Name} without naming it in its References.");
        }
        return (IReadOnlyDictionary<string, TRecord>)_seededRecords[typeof(TRecord)];
    }
}
