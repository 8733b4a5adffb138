using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.Api.Data;

/// <summary>
/// The database's start (migrations, seed files) running beside the rest of the API's start: the endpoints are mapped and the
/// server begins to listen while it runs on a thread of its own. A request that comes sooner runs until it opens a connection
/// to the database and waits there (<see cref="ConnectionsWaitForTheStart"/>; so does the poll for changes,
/// <c>DataChangeWatcher</c>): its query is compiled meanwhile, on the core the start leaves idle. The host's start ends only
/// when the database's has: a database that cannot be prepared fails the start, as before.
/// </summary>
public sealed class DatabaseStart
{
    /// <summary>Set in the start's own flow: its connections open at once.</summary>
    private static readonly AsyncLocal<bool> s_isTheStartsOwnWork = new();

    private Task? _ready;

    /// <summary>Ends when the database is migrated and seeded; faults with what stopped it.</summary>
    public Task Ready => _ready ?? throw new InvalidOperationException("The database's start has not begun: call StartDatabase after building the app.");

    /// <summary>Whether <see cref="Ready"/> can be read: the app has been built and its database's start begun.</summary>
    public bool HasBegun => _ready is not null;

    /// <summary>The start, to wait for before reading: null once it has ended well, and in the start's own work.</summary>
    internal Task? StillToWaitFor => _ready is { IsCompletedSuccessfully: true } || s_isTheStartsOwnWork.Value ? null : Ready;

    internal Task Begin(WebApplication app) => _ready = Task.Run(() =>
    {
        s_isTheStartsOwnWork.Value = true;
        return app.InitialiseDatabaseAsync();
    });

    /// <summary>
    /// Holds every connection opened outside the start until the database is ready, whatever opens it (an endpoint, a health
    /// check, a page, the GraphQL schema's build); an asynchronous open waits, as long as its caller's token allows (a request's
    /// ends at the request timeout). A synchronous open is refused with <see cref="DatabaseNotReadyException"/> (answered 503)
    /// instead of blocking a thread for the start's length (threads the start itself needs): synchronous readers wait before
    /// they read (<see cref="ProviderReads"/>). Once the start has failed or was called off, every open is refused (answered
    /// 503: the API is stopping).
    /// </summary>
    internal sealed class ConnectionsWaitForTheStart(DatabaseStart start) : DbConnectionInterceptor
    {
        public DatabaseStart Start => start;

        public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (start.StillToWaitFor is { } ready)
            {
                try
                {
                    await ready.WaitAsync(cancellationToken);
                }
                catch (Exception error) when (ready.IsCompleted)
                {
                    throw DatabaseNotReadyException.StartFailed(error);
                }
            }
            return result;
        }

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            if (start.StillToWaitFor is { } ready)
            {
                throw ready.IsCompleted ? DatabaseNotReadyException.StartFailed(ready.Exception) : DatabaseNotReadyException.Starting();
            }
            return result;
        }
    }

    /// <summary>
    /// Holds the host's start until the database is ready. It waits in <see cref="StartedAsync"/>, which the host calls after
    /// every service's start, the server's included: the server listens meanwhile, and <c>ApplicationStarted</c> (the GraphQL
    /// schema's build, the start message) comes after the database as before.
    /// </summary>
    internal sealed class WaitForTheDatabase(DatabaseStart start, IHostApplicationLifetime lifetime) : IHostedLifecycleService
    {
        public async Task StartedAsync(CancellationToken cancellationToken)
        {
            try
            {
                await start.Ready.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // Told to stop while the database was being prepared (a container stopped during a migration): the API
                // stops as it would once started, instead of failing its start.
            }
        }

        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

public static class DatabaseStartExtensions
{
    /// <summary>
    /// Begins migrating and seeding the database on another thread; the returned task ends when it is ready. Settings that fail
    /// their validation stop the API first, before it touches the database (the host would check them only as it starts).
    /// </summary>
    public static Task StartDatabase(this WebApplication app)
    {
        app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        return app.Services.GetRequiredService<DatabaseStart>().Begin(app);
    }

    /// <summary>
    /// Runs the API until it is told to stop, as <c>RunAsync</c> does, except when its start fails (the database could not be
    /// prepared): then what had started is stopped and the exception leaves <c>Main</c> with the services still readable.
    /// <c>RunAsync</c> would dispose them first, and the in-process test host, which reads them as it learns of the start's
    /// outcome, would report a disposed service provider instead of the reason whenever the failure came before it looked.
    /// </summary>
    public static async Task RunUntilStoppedAsync(this WebApplication app)
    {
        try
        {
            await app.StartAsync();
        }
        catch
        {
            try
            {
                await app.StopAsync();
            }
            catch (Exception stopFailure)
            {
                // What stopped the start is the error to report; this one is logged beside it.
                app.Logger.LogError(stopFailure, "The API did not stop cleanly after its start failed");
            }
            throw;
        }
        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
    }
}

/// <summary>
/// The database is still being prepared at start (told to a synchronous open, which must not block a thread waiting), or could
/// not be prepared, or its start was called off: the API is stopping. Answered 503.
/// </summary>
public sealed class DatabaseNotReadyException : Exception
{
    private DatabaseNotReadyException(string message, Exception? inner)
        : base(message, inner)
    {
    }

    internal static DatabaseNotReadyException Starting() => new("The database is still being prepared at start.", inner: null);

    internal static DatabaseNotReadyException StartFailed(Exception? error) =>
        new("The database could not be prepared at start; the API is stopping.", error);
}
