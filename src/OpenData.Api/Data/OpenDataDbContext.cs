using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Datasets;
using OpenData.Api.Networks;
using OpenData.Api.Organisations;
using OpenData.Api.ResourceCentres;
using OpenData.Api.Querying;
using OpenData.Api.Sources;

namespace OpenData.Api.Data;

/// <summary>
/// The API's database, the same model on every provider. Each provider has a context type of its own deriving from this one
/// (<see cref="Sqlite.SqliteOpenDataDbContext"/>, <see cref="Postgres.PostgresOpenDataDbContext"/>) only so that its migrations
/// sit beside the other's; the rest of the app asks for <see cref="OpenDataDbContext"/>.
/// </summary>
public abstract class OpenDataDbContext : DbContext
{
    protected OpenDataDbContext(DbContextOptions options) : base(options)
    {
        SavingChanges += (_, _) => UpdateSearchText();
    }

    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<Allocation> Allocations => Set<Allocation>();
    public DbSet<ResourceCentre> ResourceCentres => Set<ResourceCentre>();
    public DbSet<Network> Networks => Set<Network>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<NetworkEvent> NetworkEvents => Set<NetworkEvent>();
    public DbSet<Dataset> Datasets => Set<Dataset>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Observation> Observations => Set<Observation>();
    public DbSet<Deletion> Deletions => Set<Deletion>();
    public DbSet<SeedFile> SeedFiles => Set<SeedFile>();

    /// <summary>Keeps each record's folded search text in step with its names.</summary>
    private void UpdateSearchText()
    {
        foreach (var entry in ChangeTracker.Entries<ISearchable>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var text = TextFolding.Fold([.. entry.Entity.SearchTerms()]);
            if (entry.Entity.SearchText != text)
            {
                entry.Entity.SearchText = text;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Observations are only ever looked up within a dataset, and each index costs seconds per million imported rows:
        // deleting a source, an area or an indicator (rare) scans the table instead.
        configurationBuilder.Conventions.Replace<ForeignKeyIndexConvention>(services => new UnindexedForeignKeys(
            services.GetRequiredService<ProviderConventionSetBuilderDependencies>(),
            (typeof(Observation), nameof(Observation.SourceId)),
            (typeof(Observation), nameof(Observation.AreaCode)),
            (typeof(Observation), $"{nameof(Observation.DatasetId)},{nameof(Observation.IndicatorCode)}")));
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpenDataDbContext).Assembly);
        modelBuilder.Entity<Deletion>(deletion =>
        {
            deletion.HasIndex(d => new { d.ResourceType, d.DeletedAt });
        });
        modelBuilder.Entity<SeedFile>().HasKey(f => f.Name);
    }
}
