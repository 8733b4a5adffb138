using OpenData.Api.Data;
using OpenData.Api.Data.Seeding;

namespace OpenData.Api.Sources;

/// <summary>The documents every fact comes from, from sources.json.</summary>
internal sealed class SourceSeedSet(OpenDataDbContext db) : SeedSet<SourceSeed, Source>(db)
{
    public override string ResourceType => "sources";

    protected override IReadOnlyList<SourceSeed> ReadSeeds(SeedRun run) => run.ReadJson<SourceSeed>("sources.json");

    protected override string IdOf(SourceSeed seed) => seed.Id;

    protected override string IdOf(Source record) => record.Id;

    protected override IQueryable<Source> Existing() => Db.Sources;

    protected override Source Create(SourceSeed seed, SeedRun run) => new()
    {
        Id = seed.Id,
        Kind = seed.Kind,
        Title = seed.Title,
        Language = seed.Language,
        Publisher = seed.Publisher,
        Published = seed.Published,
        Url = seed.Url,
        NoteSv = seed.NoteSv,
        NoteEn = seed.NoteEn,
        MentionedInId = seed.MentionedIn,
    };

    protected override void Update(Source existing, Source incoming) => CopyScalars(existing, incoming);

    protected override Task AfterSyncAsync(IReadOnlyList<SourceSeed> seeds, IReadOnlyDictionary<string, Source> records, SeedRun run,
        CancellationToken cancellationToken)
    {
        foreach (var mention in seeds.Where(s => s.MentionedIn is not null))
        {
            run.Resolve<Source>(mention.MentionedIn!, $"source '{mention.Id}'");
        }
        return Task.CompletedTask;
    }
}

/// <summary>How a seed entry names its sources: by id, resolved to the seeded sources.</summary>
internal static class SourceReferences
{
    /// <summary>The sources stating a record, at least one.</summary>
    public static List<Source> SourcesOf(this SeedRun run, IEnumerable<string>? ids, string referencedFrom)
    {
        var sources = run.DocumentsOf(ids, referencedFrom);
        return sources.Count > 0 ? sources : throw new SeedDataException($"{referencedFrom} names no source.");
    }

    /// <summary>Documents a record refers to (reports, reference documents), possibly none.</summary>
    public static List<Source> DocumentsOf(this SeedRun run, IEnumerable<string>? ids, string referencedFrom) =>
        [.. (ids ?? []).Select(id => run.Resolve<Source>(id, referencedFrom))];
}

internal sealed record SourceSeed(
    string Id, SourceKind Kind, string Title, string Language, string? Publisher, string? Published,
    string? Url, string? NoteSv, string? NoteEn, string? MentionedIn);
