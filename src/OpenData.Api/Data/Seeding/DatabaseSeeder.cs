using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Datasets;
using OpenData.Api.Networks;
using OpenData.Api.Organisations;
using OpenData.Api.ResourceCentres;
using OpenData.Api.Sources;

namespace OpenData.Api.Data.Seeding;

/// <summary>
/// Loads the seed files into the database. Idempotent: every record carries the hash of the seed entry
/// it came from, so an unchanged entry is skipped, a changed one updates its record (and its
/// <c>updatedAt</c>), and a record whose entry was removed is deleted and reported to the change feed.
/// Everything happens in one transaction: a bad seed file changes nothing.
/// </summary>
internal sealed partial class DatabaseSeeder(OpenDataDbContext db, SeedDirectory directory, TimeProvider clock, ILogger<DatabaseSeeder> logger)
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt property in a seed file must fail loudly rather than be dropped.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private DateTime _now;
    private Dictionary<string, Source> _sources = [];
    private Dictionary<string, Area> _areas = [];
    private Dictionary<string, Organisation> _organisations = [];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        _now = clock.GetUtcNow().UtcDateTime;
        var (referenceAreas, referenceOrganisations) = ReferenceData.Read(directory.ReferencePath);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        _sources = await SyncAsync("sources", Read<SourceSeed>("sources.json"), s => s.Id,
            db.Sources, s => s.Id, CreateSource, (existing, incoming) => CopyScalars(existing, incoming), cancellationToken);
        var mentions = Read<SourceSeed>("sources.json").Where(s => s.MentionedIn is not null);
        foreach (var mention in mentions)
        {
            Resolve(_sources, mention.MentionedIn!, $"source '{mention.Id}'");
        }

        List<AreaSeed> areaSeeds = [.. referenceAreas, .. Read<AreaSeed>("areas.json")];
        _areas = await SyncAsync("areas", areaSeeds, a => a.Code,
            db.Areas.Include(a => a.Sources).AsSplitQuery(), a => a.Code, CreateArea, UpdateArea, cancellationToken);

        List<OrganisationSeed> organisationSeeds = [.. referenceOrganisations, .. Read<OrganisationSeed>("organisations.json")];
        _organisations = await SyncAsync("organisations", organisationSeeds, o => o.Id,
            db.Organisations.Include(o => o.Sources).AsSplitQuery(), o => o.Id, CreateOrganisation, UpdateOrganisation, cancellationToken);

        await SyncAsync("agreements", Read<AgreementSeed>("agreements.json"), a => a.Id,
            db.Agreements.Include(a => a.Sources).Include(a => a.ReferenceDocuments)
                .Include(a => a.Parties).ThenInclude(p => p.Sources)
                .Include(a => a.Allocations).ThenInclude(a => a.Sources).AsSplitQuery(),
            a => a.Id, CreateAgreement, UpdateAgreement, cancellationToken);

        await SyncAsync("resource-centres", Read<ResourceCentreSeed>("resource-centres.json"), r => r.Id,
            db.ResourceCentres.Include(r => r.Sources).Include(r => r.Reports).Include(r => r.ServedAreas)
                .Include(r => r.StatusHistory).ThenInclude(s => s.Sources).AsSplitQuery(),
            r => r.Id, CreateResourceCentre, UpdateResourceCentre, cancellationToken);

        await SyncAsync("networks", Read<NetworkSeed>("networks.json"), n => n.Id,
            db.Networks.Include(n => n.Sources)
                .Include(n => n.Memberships).ThenInclude(m => m.Sources)
                .Include(n => n.Events).ThenInclude(e => e.Sources)
                .Include(n => n.Events).ThenInclude(e => e.Hosts).AsSplitQuery(),
            n => n.Id, CreateNetwork, UpdateNetwork, cancellationToken);

        var datasetSeeds = Read<DatasetSeed>("datasets.json");
        var datasets = await SyncAsync("datasets", datasetSeeds, d => d.Id,
            db.Datasets.Include(d => d.Sources).Include(d => d.Indicators).AsSplitQuery(),
            d => d.Id, CreateDataset, UpdateDataset, cancellationToken);
        foreach (var seed in datasetSeeds.Where(d => d.Observations is not null))
        {
            await SyncObservationsAsync(datasets[seed.Id], seed.Observations!, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private List<T> Read<T>(string fileName)
    {
        var path = Path.Combine(directory.Path, fileName);
        using var stream = File.OpenRead(path);
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

    /// <summary>Upserts one kind of record by id and deletes seeded records whose entry is gone.</summary>
    private async Task<Dictionary<string, TEntity>> SyncAsync<TSeed, TEntity>(
        string resourceType,
        IReadOnlyList<TSeed> seeds,
        Func<TSeed, string> seedId,
        IQueryable<TEntity> existingRecords,
        Func<TEntity, string> entityId,
        Func<TSeed, TEntity> create,
        Action<TEntity, TEntity> update,
        CancellationToken cancellationToken)
        where TEntity : class, ITracked
    {
        var records = await existingRecords.ToDictionaryAsync(entityId, cancellationToken);
        var seen = new HashSet<string>();
        var changed = 0;
        foreach (var seed in seeds)
        {
            var id = seedId(seed);
            if (!seen.Add(id))
            {
                throw new SeedDataException($"{resourceType}: the id '{id}' appears twice.");
            }
            var hash = Hash(seed);
            if (records.TryGetValue(id, out var existing))
            {
                if (existing.SeedHash == hash)
                {
                    continue;
                }
                update(existing, create(seed));
            }
            else
            {
                existing = create(seed);
                db.Add(existing);
                records[id] = existing;
            }
            existing.SeedHash = hash;
            existing.UpdatedAt = _now;
            changed++;
        }

        foreach (var (id, record) in records.Where(r => r.Value.SeedHash is not null && !seen.Contains(r.Key)).ToList())
        {
            db.Remove(record);
            db.Deletions.Add(new Deletion { ResourceType = resourceType, ResourceId = id, DeletedAt = _now });
            records.Remove(id);
            changed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (changed > 0)
        {
            LogSynced(resourceType, changed);
        }
        return records;
    }

    private static string Hash<T>(T seed) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(seed, JsonOptions)));

    private void CopyScalars<T>(T existing, T incoming) where T : class =>
        db.Entry(existing).CurrentValues.SetValues(incoming);

    private static void Replace<T>(List<T> existing, List<T> incoming)
    {
        existing.Clear();
        existing.AddRange(incoming);
    }

    /// <summary>Updates children that have their own ids in place, so their keys stay stable.</summary>
    private void SyncChildren<T>(List<T> existing, List<T> incoming, Func<T, string> key, Action<T, T> updateNested)
        where T : class
    {
        var incomingKeys = incoming.Select(key).ToHashSet();
        existing.RemoveAll(e => !incomingKeys.Contains(key(e)));
        foreach (var item in incoming)
        {
            var match = existing.FirstOrDefault(e => key(e) == key(item));
            if (match is null)
            {
                existing.Add(item);
            }
            else
            {
                CopyScalars(match, item);
                updateNested(match, item);
            }
        }
    }

    private static T Resolve<T>(Dictionary<string, T> records, string id, string referencedFrom) =>
        records.TryGetValue(id, out var record)
            ? record
            : throw new SeedDataException($"{referencedFrom} refers to '{id}', which is not in the seed data.");

    private List<Source> SourcesOf(IEnumerable<string>? ids, string referencedFrom)
    {
        var sources = (ids ?? []).Select(id => Resolve(_sources, id, referencedFrom)).ToList();
        return sources.Count > 0 ? sources : throw new SeedDataException($"{referencedFrom} names no source.");
    }

    private List<Source> DocumentsOf(IEnumerable<string>? ids, string referencedFrom) =>
        [.. (ids ?? []).Select(id => Resolve(_sources, id, referencedFrom))];

    private string? AreaCode(string? code, string referencedFrom) =>
        code is null ? null : Resolve(_areas, code, referencedFrom).Code;

    private string? OrganisationId(string? id, string referencedFrom) =>
        id is null ? null : Resolve(_organisations, id, referencedFrom).Id;

    private static Source CreateSource(SourceSeed seed) => new()
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

    private Area CreateArea(AreaSeed seed)
    {
        var context = $"area '{seed.Code}'";
        return new Area
        {
            Code = seed.Code,
            Kind = seed.Kind,
            NameSv = seed.NameSv,
            NameEn = seed.NameEn,
            ParentCode = seed.Parent,
            HealthcareRegions = [.. (seed.HealthcareRegions ?? []).Select(h => new HealthcareRegionMembership
                { AreaCode = seed.Code, HealthcareRegionCode = h.Code, Whole = h.Whole })],
            NoteSv = seed.NoteSv,
            NoteEn = seed.NoteEn,
            Sources = SourcesOf(seed.Sources, context),
        };
    }

    private void UpdateArea(Area existing, Area incoming)
    {
        CopyScalars(existing, incoming);
        Replace(existing.HealthcareRegions, incoming.HealthcareRegions);
        Replace(existing.Sources, incoming.Sources);
    }

    private Organisation CreateOrganisation(OrganisationSeed seed)
    {
        var context = $"organisation '{seed.Id}'";
        return new Organisation
        {
            Id = seed.Id,
            Kind = seed.Kind,
            NameSv = seed.NameSv,
            NameEn = seed.NameEn,
            ShortName = seed.ShortName,
            DescriptionSv = seed.DescriptionSv,
            DescriptionEn = seed.DescriptionEn,
            CountryCode = seed.CountryCode,
            MunicipalityCode = seed.MunicipalityCode,
            CountyCode = seed.CountyCode,
            OrganisationNumber = seed.OrganisationNumber,
            Website = seed.Website,
            ParentId = seed.Parent,
            AreaCode = AreaCode(seed.Area, context),
            FormerNames = [.. (seed.FormerNames ?? []).Select(n => new FormerName
                { NameSv = n.NameSv, NameEn = n.NameEn, ShortName = n.ShortName, UsedFromYear = n.UsedFromYear, UsedUntilYear = n.UsedUntilYear })],
            Sources = SourcesOf(seed.Sources, context),
        };
    }

    private void UpdateOrganisation(Organisation existing, Organisation incoming)
    {
        CopyScalars(existing, incoming);
        Replace(existing.FormerNames, incoming.FormerNames);
        Replace(existing.Sources, incoming.Sources);
    }

    private Agreement CreateAgreement(AgreementSeed seed)
    {
        var context = $"agreement '{seed.Id}'";
        return new Agreement
        {
            Id = seed.Id,
            Kind = seed.Kind,
            TitleSv = seed.TitleSv,
            TitleEn = seed.TitleEn,
            DescriptionSv = seed.DescriptionSv,
            DescriptionEn = seed.DescriptionEn,
            Year = seed.Year,
            ValidFromYear = seed.ValidFromYear,
            ValidToYear = seed.ValidToYear,
            TotalAmount = seed.TotalAmount,
            Currency = seed.Currency,
            Parties = [.. (seed.Parties ?? []).Select(p => new AgreementParty
            {
                OrganisationId = OrganisationId(p.Organisation, context)!,
                Role = p.Role,
                Sources = SourcesOf(p.Sources, $"{context}, party '{p.Organisation}'"),
            })],
            Allocations = [.. (seed.Allocations ?? []).Select(a => new Allocation
            {
                Id = a.Id,
                AgreementId = seed.Id,
                Amount = a.Amount,
                Currency = a.Currency,
                SharePercent = a.SharePercent,
                Year = a.Year,
                RecipientOrganisationId = OrganisationId(a.RecipientOrganisation, context),
                RecipientAreaCode = AreaCode(a.RecipientArea, context),
                PurposeSv = a.PurposeSv,
                PurposeEn = a.PurposeEn,
                Sources = SourcesOf(a.Sources, $"{context}, allocation '{a.Id}'"),
            })],
            Commitments = [.. (seed.Commitments ?? []).Select((c, i) => new Commitment { Position = i + 1, TextSv = c.Sv, TextEn = c.En })],
            ReferenceDocuments = DocumentsOf(seed.ReferenceDocuments, context),
            Sources = SourcesOf(seed.Sources, context),
        };
    }

    private void UpdateAgreement(Agreement existing, Agreement incoming)
    {
        CopyScalars(existing, incoming);
        Replace(existing.Parties, incoming.Parties);
        SyncChildren(existing.Allocations, incoming.Allocations, a => a.Id, (e, i) => Replace(e.Sources, i.Sources));
        Replace(existing.Commitments, incoming.Commitments);
        Replace(existing.ReferenceDocuments, incoming.ReferenceDocuments);
        Replace(existing.Sources, incoming.Sources);
    }

    private ResourceCentre CreateResourceCentre(ResourceCentreSeed seed)
    {
        var context = $"resource centre '{seed.Id}'";
        var history = seed.StatusHistory.Select(s => new StatusPeriod
        {
            Status = s.Status,
            FromYear = s.FromYear,
            ToYear = s.ToYear,
            NoteSv = s.NoteSv,
            NoteEn = s.NoteEn,
            Sources = SourcesOf(s.Sources, $"{context}, status '{s.Status}'"),
        }).ToList();
        return new ResourceCentre
        {
            Id = seed.Id,
            NameSv = seed.NameSv,
            NameEn = seed.NameEn,
            DescriptionSv = seed.DescriptionSv,
            DescriptionEn = seed.DescriptionEn,
            HealthcareRegionCode = AreaCode(seed.HealthcareRegion, context)!,
            Status = history.Count > 0 ? history[^1].Status : throw new SeedDataException($"{context} has no status history."),
            LeadOrganisationId = OrganisationId(seed.LeadOrganisation, context),
            FundingAgreementId = seed.FundingAgreement,
            FundingAllocationId = seed.FundingAllocation,
            ServedAreas = [.. (seed.ServedAreas ?? []).Select(code => Resolve(_areas, code, context))],
            StatusHistory = history,
            Reports = DocumentsOf(seed.Reports, context),
            Sources = SourcesOf(seed.Sources, context),
        };
    }

    private void UpdateResourceCentre(ResourceCentre existing, ResourceCentre incoming)
    {
        CopyScalars(existing, incoming);
        Replace(existing.ServedAreas, incoming.ServedAreas);
        Replace(existing.StatusHistory, incoming.StatusHistory);
        Replace(existing.Reports, incoming.Reports);
        Replace(existing.Sources, incoming.Sources);
    }

    private Network CreateNetwork(NetworkSeed seed)
    {
        var context = $"network '{seed.Id}'";
        return new Network
        {
            Id = seed.Id,
            Kind = seed.Kind,
            NameSv = seed.NameSv,
            NameEn = seed.NameEn,
            ShortName = seed.ShortName,
            DescriptionSv = seed.DescriptionSv,
            DescriptionEn = seed.DescriptionEn,
            ParentId = seed.Parent,
            MeetingCadenceSv = seed.MeetingCadenceSv,
            MeetingCadenceEn = seed.MeetingCadenceEn,
            StatedMemberCount = seed.StatedMemberCount,
            FocusAreas = [.. (seed.FocusAreas ?? []).Select((f, i) => new FocusArea { Position = i + 1, TextSv = f.Sv, TextEn = f.En })],
            Memberships = [.. (seed.Members ?? []).Select(m => new Membership
            {
                OrganisationId = OrganisationId(m.Organisation, context)!,
                Role = m.Role,
                SinceYear = m.SinceYear,
                UntilYear = m.UntilYear,
                NoteSv = m.NoteSv,
                NoteEn = m.NoteEn,
                Sources = SourcesOf(m.Sources, $"{context}, member '{m.Organisation}'"),
            })],
            Events = [.. (seed.Events ?? []).Select(e => new NetworkEvent
            {
                Id = e.Id,
                NetworkId = seed.Id,
                Kind = e.Kind,
                NameSv = e.NameSv,
                NameEn = e.NameEn,
                StartDate = e.StartDate,
                EndDate = e.EndDate,
                Year = e.Year,
                PlaceSv = e.PlaceSv,
                PlaceEn = e.PlaceEn,
                AreaCode = AreaCode(e.Area, $"{context}, event '{e.Id}'"),
                ThemeSv = e.ThemeSv,
                ThemeEn = e.ThemeEn,
                DescriptionSv = e.DescriptionSv,
                DescriptionEn = e.DescriptionEn,
                Hosts = [.. (e.Hosts ?? []).Select(h => Resolve(_organisations, h, $"{context}, event '{e.Id}'"))],
                Sources = SourcesOf(e.Sources, $"{context}, event '{e.Id}'"),
            })],
            Sources = SourcesOf(seed.Sources, context),
        };
    }

    private void UpdateNetwork(Network existing, Network incoming)
    {
        CopyScalars(existing, incoming);
        Replace(existing.FocusAreas, incoming.FocusAreas);
        Replace(existing.Memberships, incoming.Memberships);
        SyncChildren(existing.Events, incoming.Events, e => e.Id, (e, i) =>
        {
            Replace(e.Hosts, i.Hosts);
            Replace(e.Sources, i.Sources);
        });
        Replace(existing.Sources, incoming.Sources);
    }

    private Dataset CreateDataset(DatasetSeed seed)
    {
        var context = $"dataset '{seed.Id}'";
        return new Dataset
        {
            Id = seed.Id,
            TitleSv = seed.TitleSv,
            TitleEn = seed.TitleEn,
            DescriptionSv = seed.DescriptionSv,
            DescriptionEn = seed.DescriptionEn,
            PublisherId = OrganisationId(seed.Publisher, context),
            LicenceId = seed.LicenceId,
            LicenceUri = seed.LicenceUri,
            LicenceNoteSv = seed.LicenceNoteSv,
            LicenceNoteEn = seed.LicenceNoteEn,
            KeywordsSv = seed.KeywordsSv ?? [],
            KeywordsEn = seed.KeywordsEn ?? [],
            Theme = seed.Theme,
            TemporalFrom = seed.TemporalFrom,
            TemporalTo = seed.TemporalTo,
            SpatialAreaCode = AreaCode(seed.SpatialArea, context),
            UpdateFrequency = seed.UpdateFrequency,
            Issued = seed.Issued,
            Modified = _now,
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
            Sources = SourcesOf(seed.Sources, context),
        };
    }

    private void UpdateDataset(Dataset existing, Dataset incoming)
    {
        // The revision counts writes to the observations; a metadata change does not reset it.
        incoming.Revision = existing.Revision;
        incoming.ObservationCount = existing.ObservationCount;
        incoming.Modified = existing.Modified;
        CopyScalars(existing, incoming);
        SyncChildren(existing.Indicators, incoming.Indicators, i => i.Code, (_, _) => { });
        Replace(existing.Sources, incoming.Sources);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {ResourceType}: {Count} records added, changed or removed")]
    private partial void LogSynced(string resourceType, int count);
}

/// <summary>A seed file is malformed or refers to a record that does not exist.</summary>
public sealed class SeedDataException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Where the seed files are: JSON files at the root, the files from ../shared/data under reference/.</summary>
public sealed record SeedDirectory(string Path)
{
    public string ReferencePath => System.IO.Path.Combine(Path, "reference");
}
