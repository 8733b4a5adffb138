namespace OpenData.Api.Data;

/// <summary>
/// The database's start (migrations, seed files) running beside the rest of the API's start: the endpoints are mapped and the
/// server begins to listen while it runs on a thread of its own, and a request that comes sooner waits for it (as does the
/// poll for changes, <c>DataChangeWatcher</c>). The host's start ends only when it has ended: a database that cannot be
/// prepared fails the start, as before.
/// </summary>
public sealed class DatabaseStart
{
    private Task? _ready;

    /// <summary>Ends when the database is migrated and seeded; faults with what stopped it.</summary>
    public Task Ready => _ready ?? throw new InvalidOperationException("The database's start has not begun: call StartDatabase after building the app.");

    /// <summary>Whether <see cref="Ready"/> can be read: the app has been built and its database's start begun.</summary>
    public bool HasBegun => _ready is not null;

    internal Task Begin(WebApplication app) => _ready = Task.Run(app.InitialiseDatabaseAsync);

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
            await app.StopAsync();
            throw;
        }
        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
    }

    /// <summary>
    /// Requests that reach this point before the database is ready wait for it (the server listens while it is prepared), except
    /// on endpoints marked <see cref="AnswersBeforeTheDatabaseIsReady"/> (routing has chosen the endpoint: <c>UseHeadAsGet</c>
    /// routes first). Placed after the middleware that never reads the database, so a first request does their share of the
    /// start meanwhile; a wait longer than the request timeout ends as any slow request does.
    /// </summary>
    public static WebApplication UseDatabaseWhenReady(this WebApplication app)
    {
        var ready = app.Services.GetRequiredService<DatabaseStart>().Ready;
        app.Use((context, next) =>
            ready.IsCompletedSuccessfully || context.GetEndpoint()?.Metadata.GetMetadata<AnswersBeforeTheDatabase>() is not null
                ? next(context)
                : WaitThenAsync(context, next));
        return app;

        async Task WaitThenAsync(HttpContext context, RequestDelegate next)
        {
            try
            {
                await ready.WaitAsync(context.RequestAborted);
            }
            catch (Exception) when (ready.IsCompleted)
            {
                // The database's start failed (the host's start fails with the reason) or was called off: the API is stopping.
                // Another instance, or this one started again, may answer shortly.
                context.Response.Headers.RetryAfter = "5";
                await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The API could not start",
                    detail: "Its database could not be prepared; it is stopping.").ExecuteAsync(context);
                return;
            }
            await next(context);
        }
    }

    /// <summary>The endpoint reads nothing from the database: it answers while the database is still being prepared at start.</summary>
    public static TBuilder AnswersBeforeTheDatabaseIsReady<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AnswersBeforeTheDatabase());

    private sealed class AnswersBeforeTheDatabase;
}
