using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data.Postgres;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Data.Sqlite;

namespace OpenData.Api.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// The database named by <c>Database:Provider</c>: <c>sqlite</c> (the default, an embedded file at <c>Database:Path</c>) or
    /// <c>postgres</c> (at <c>ConnectionStrings:OpenData</c>), and its seeder with the seed sets of the features.
    /// </summary>
    public static WebApplicationBuilder AddOpenDataDatabase(this WebApplicationBuilder builder)
    {
        IOpenDataDatabase database = (builder.Configuration["Database:Provider"] ?? "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => SqliteDatabase.FromConfiguration(builder.Configuration, builder.Environment),
            "postgres" or "postgresql" => PostgresDatabase.FromConfiguration(builder.Configuration),
            var other => throw new InvalidOperationException($"Database:Provider is '{other}'; it must be 'sqlite' or 'postgres'."),
        };
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<DatabaseStart>();
        builder.Services.AddHostedService<DatabaseStart.WaitForTheDatabase>();
        builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, DatabaseStart.ConnectionsWaitForTheStart>();
        database.AddContext(builder.Services);

        var seedPath = Path.GetFullPath(builder.Configuration["Seed:Path"] ?? Path.Combine("Data", "Seed"), AppContext.BaseDirectory);
        builder.Services.AddSingleton(new SeedDirectory(seedPath));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSeeding(typeof(DatabaseExtensions).Assembly);
        return builder;
    }

    /// <summary>Creates the database if needed, applies pending migrations and loads the seed data.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOpenDataDatabase>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDbContext>();
        try
        {
            await using (await database.PrepareAsync(db, app.Lifetime.ApplicationStopping))
            {
                // Asking which migrations are pending reads only the history table; migrating does more even when none is.
                if ((await db.Database.PendingMigrationsAsync(app.Lifetime.ApplicationStopping)).Count > 0)
                {
                    await db.Database.MigrateAsync();
                }
                if (app.Configuration.GetValue("Seed:OnStartup", true))
                {
                    // The seeder tracks what it loads; the rest of the app reads without tracking.
                    db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
                    await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync();
                }
                await database.RefreshStatisticsAsync(db, app.Lifetime.ApplicationStopping);
            }
        }
        finally
        {
            // Closed rather than kept open as a pooled context's connection is (SQLite): whoever uses this context next opens
            // a connection, and so waits for the start's outcome (a failed start must not be read half prepared).
            await db.Database.GetDbConnection().CloseAsync();
        }

        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("OpenData API listening on {Urls}; database {Database}", string.Join(", ", app.Urls), database.Description));
    }
}
