using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data.Seeding;

namespace OpenData.Api.Data;

public static class DatabaseExtensions
{
    /// <summary>The embedded SQLite database at <c>Database:Path</c> (relative to the content root), and its seeder with the seed sets of the features.</summary>
    public static WebApplicationBuilder AddOpenDataDatabase(this WebApplicationBuilder builder)
    {
        var databasePath = Path.GetFullPath(
            builder.Configuration["Database:Path"] ?? Path.Combine("data", "opendata.db"),
            builder.Environment.ContentRootPath);
        var seedPath = Path.GetFullPath(
            builder.Configuration["Seed:Path"] ?? Path.Combine("Data", "Seed"), AppContext.BaseDirectory);

        builder.Services.AddSingleton(new DatabaseLocation(databasePath));
        builder.Services.AddSingleton(new SeedDirectory(seedPath));
        builder.Services.AddSingleton(TimeProvider.System);
        // A locked database fails fast (and is answered 503) instead of holding the request for the default 30 s.
        var busyTimeout = builder.Configuration.GetValue("Database:BusyTimeoutSeconds", 5);
        // Mode=ReadWrite: once the database exists, a missing file is an error (answered 503), never a new empty database.
        builder.Services.AddDbContext<OpenDataDbContext>(options => options
            .UseSqlite($"Data Source={databasePath};Mode=ReadWrite;Default Timeout={busyTimeout}")
            .AddInterceptors(new DatabaseFileGuard())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        builder.Services.AddSeeding(typeof(DatabaseExtensions).Assembly);
        return builder;
    }

    /// <summary>Creates the database if needed, applies pending migrations and loads the seed data.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        var location = app.Services.GetRequiredService<DatabaseLocation>();
        Directory.CreateDirectory(Path.GetDirectoryName(location.Path)!);
        await using (var create = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={location.Path};Mode=ReadWriteCreate;Pooling=False"))
        {
            await create.OpenAsync();
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDbContext>();
        await db.Database.MigrateAsync();
        // Readers don't block the writer (and the other way round) in write-ahead-log mode.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        if (app.Configuration.GetValue("Seed:OnStartup", true))
        {
            // The seeder tracks what it loads; the rest of the app reads without tracking.
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
            await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync();
        }

        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("OpenData API listening on {Urls}; database {DatabasePath}",
                string.Join(", ", app.Urls), location.Path));
    }
}

public sealed record DatabaseLocation(string Path);
