using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using OpenData.Api.Text;

namespace OpenData.Api.Data;

/// <summary>
/// The API's database, the same model on every provider. Each provider has a context type of its own deriving from this one
/// (<see cref="Sqlite.SqliteOpenDataDbContext"/>, <see cref="Postgres.PostgresOpenDataDbContext"/>) only so that its migrations
/// sit beside the other's; the rest of the app asks for <see cref="OpenDataDbContext"/>.
/// The features' tables are theirs: each configures its entities (an <see cref="IEntityTypeConfiguration{TEntity}"/> in this
/// assembly, table name included) and reaches them through an extension property of its own (<c>db.Organisations</c>).
/// </summary>
public abstract class OpenDataDbContext : DbContext
{
    protected OpenDataDbContext(DbContextOptions options) : base(options)
    {
        SavingChanges += (_, _) => UpdateSearchText();
        Start = options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.Interceptors?
            .OfType<DatabaseStart.ConnectionsWaitForTheStart>().FirstOrDefault()?.Start;
    }

    /// <summary>The database's start at this API's launch, which reads wait for (none for a context made outside the API).</summary>
    internal DatabaseStart? Start { get; }

    public DbSet<Deletion> Deletions => Set<Deletion>();

    /// <summary>Whether a read of records with many-to-many collections (their sources) is faster as one statement per collection.</summary>
    public virtual bool SplitsManyToManyCollections => false;

    /// <summary>Whether its provider runs reads faster called synchronously (<see cref="ProviderReads"/>).</summary>
    public virtual bool ReadsSynchronously => false;

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
        configurationBuilder.Conventions.Replace<ForeignKeyIndexConvention>(services => new UnindexedForeignKeys(
            services.GetRequiredService<ProviderConventionSetBuilderDependencies>()));
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
