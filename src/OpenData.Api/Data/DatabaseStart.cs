namespace OpenData.Api.Data;

/// <summary>
/// The database's start (migrations, seed files) running beside the rest of the API's start: the endpoints are mapped and the
/// server begins to listen while it runs, on the other core, and a request that comes sooner waits for it. The host's start
/// ends only when it has ended: a database that cannot be prepared fails the start, as before, and nothing reads a database
/// that is not ready.
/// </summary>
public sealed class DatabaseStart
{
    private Task? _ready;

    /// <summary>Ends when the database is migrated and seeded; faults with what stopped it.</summary>
    public Task Ready => _ready ?? throw new InvalidOperationException("The database's start has not begun: call StartDatabase after building the app.");

    internal Task Begin(WebApplication app) => _ready = Task.Run(app.InitialiseDatabaseAsync);

    /// <summary>
    /// Holds the host's start until the database is ready. It waits in <see cref="StartedAsync"/>, which the host calls after
    /// every service's start, the server's included: the server listens meanwhile, and <c>ApplicationStarted</c> (the GraphQL
    /// schema's build, the start message) comes after the database as before.
    /// </summary>
    internal sealed class WaitForTheDatabase(DatabaseStart start) : IHostedLifecycleService
    {
        public Task StartedAsync(CancellationToken cancellationToken) => start.Ready.WaitAsync(cancellationToken);

        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

public static class DatabaseStartExtensions
{
    /// <summary>Begins migrating and seeding the database on another thread; the returned task ends when it is ready.</summary>
    public static Task StartDatabase(this WebApplication app) => app.Services.GetRequiredService<DatabaseStart>().Begin(app);

    /// <summary>
    /// Requests that reach this point before the database is ready wait for it (the server listens while it is prepared), except
    /// on endpoints marked <see cref="AnswersBeforeTheDatabaseIsReady"/>. Placed after the middleware that never reads the
    /// database, so a first request does their share of the start meanwhile.
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
            catch (Exception) when (ready.IsFaulted)
            {
                // The host's start fails with the reason, and the API stops.
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
