using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Organisations;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Data;

/// <summary>
/// The server listens while the database is migrated and seeded (over a real Kestrel port: the in-process test server has no
/// connections); a request that comes sooner waits for the database, and the API's start ends only when the database is ready.
/// </summary>
public sealed class DatabaseStartTests
{
    [Fact]
    public async Task ARequestThatComesWhileTheDatabaseIsBeingSeededWaitsForItAndIsAnswered()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var run = new HeldStart(gate, fails: false);

        var (answer, started) = await run.AskWhileHeldAsync("/api/v1/organisations/skr");
        Assert.False(answer.IsCompleted, "The request was answered before the database was ready.");
        Assert.False(started.IsCompleted, "The API's start ended before the database was ready.");
        gate.TrySetResult();

        using var response = await answer.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("skr", (await response.Content.ReadFromJsonAsync<OrganisationResponse>(ApiJson.Options))!.Id);
        await started.WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task LivenessAnswersAndReadinessSaysNotReadyWhileTheDatabaseIsBeingSeeded()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var run = new HeldStart(gate, fails: false);

        var (ready, _) = await run.AskWhileHeldAsync("/health/ready");
        using var live = await run.Client.GetAsync("/health/live").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var notReady = await ready.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        var report = await notReady.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unhealthy", report.GetProperty("checks").GetProperty("database").GetString());
        gate.TrySetResult();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpStatusCode status;
        while ((status = (await run.Client.GetAsync("/health/ready")).StatusCode) != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task AnAnswerThatNeedsNoDatabaseIsNotHeldByItsStart()
    {
        // Requests wait where they open a connection, not at the door: what comes before (routing, binding, compiling the query)
        // runs beside the database's start, and an answer that reads nothing from it is not held at all.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var run = new HeldStart(gate, fails: false);

        var (organisation, started) = await run.AskWhileHeldAsync("/api/v1/organisations/skr");
        using var documentation = await run.Client.GetAsync("/docs/index.html").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, documentation.StatusCode);
        Assert.False(organisation.IsCompleted, "A read was answered before the database was ready.");
        Assert.False(started.IsCompleted, "The API's start ended before the database was ready.");
        gate.TrySetResult();

        using var response = await organisation.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ARequestHeldByTheStartEndsAtTheRequestTimeoutWithoutHoldingAThread()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var run = new HeldStart(gate, fails: false, requestTimeoutSeconds: 1);

        var (answer, started) = await run.AskWhileHeldAsync("/api/v1/organisations/skr");
        var threadsBefore = ThreadPool.ThreadCount;
        var more = Enumerable.Range(0, 40).Select(_ => run.Client.GetAsync("/api/v1/organisations?limit=5")).ToList();

        using var response = await answer.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False(started.IsCompleted, "The start ended: the request was not held by it.");
        var answers = await Task.WhenAll(more).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.ServiceUnavailable, a.StatusCode));
        // Forty waiting requests, each blocking a thread (SQLite reads synchronously), would have made the pool grow by dozens.
        Assert.True(ThreadPool.ThreadCount < threadsBefore + 20, $"The thread pool grew from {threadsBefore} to {ThreadPool.ThreadCount} threads.");
    }

    [Fact]
    public async Task ADatabaseThatCannotBePreparedFailsTheStartAndTheWaitingRequestIsNotPassedOn()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var run = new HeldStart(gate, fails: true);

        var (answer, started) = await run.AskWhileHeldAsync("/api/v1/organisations/skr");
        gate.TrySetResult();

        var error = await Assert.ThrowsAsync<SeedDataException>(() => started.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(HeldSeedSet.Failure, error.Message);
        // The API stops, letting the requests in flight finish: the waiting one is answered 503 rather than read half prepared.
        using var response = await answer.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(503, (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Status);
    }

    [Fact]
    public async Task AFailedStartIsReportedWithItsOwnExceptionHoweverLateTheHostIsAskedToStart()
    {
        // The in-process host asks for the start after the API's own start has already failed: a start that failed must leave
        // its services readable, or the host reports a disposed service provider instead of the reason (a race seen under load).
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        failed.SetResult();
        await using var factory = new LateStartingFactory();
        var host = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddScoped<ISeedSet>(_ => new HeldSeedSet(failed, fails: true))));
        try
        {
            var error = Assert.Throws<SeedDataException>(() => host.CreateClient());
            Assert.Equal(HeldSeedSet.Failure, error.Message);
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    /// <summary>Asks the host to start only after the database's start has ended and the API has had time to stop.</summary>
    private sealed class LateStartingFactory : OpenDataApiFactory
    {
        protected override IHost CreateHost(IHostBuilder builder)
        {
            var host = builder.Build();
            var start = host.Services.GetRequiredService<OpenData.Api.Data.DatabaseStart>();
            // The API begins its database's start just after this build returns, on its own thread.
            Assert.True(SpinWait.SpinUntil(() => start.HasBegun && start.Ready.IsCompleted, TimeSpan.FromSeconds(60)));
            Thread.Sleep(TimeSpan.FromSeconds(1));
            host.Start();
            return host;
        }
    }

    /// <summary>An API on a Kestrel port whose seeding waits at <paramref name="gate"/> (and then fails, if asked to).</summary>
    private sealed class HeldStart(TaskCompletionSource gate, bool fails, int requestTimeoutSeconds = 30) : IAsyncDisposable
    {
        private readonly OpenDataApiFactory _factory = new();
        private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? _host;
        private Task _started = Task.CompletedTask;

        /// <summary>A client of the API's port, once <see cref="AskWhileHeldAsync"/> has started it.</summary>
        public HttpClient Client { get; private set; } = null!;

        /// <summary>Starts the API and, once it listens (its liveness answers), sends a request while the seeding is held.</summary>
        public async Task<(Task<HttpResponseMessage> Answer, Task Started)> AskWhileHeldAsync(string path)
        {
            var port = RedisServer.FreePort();
            // The address too: without it the API adds its default local address (port 5080), which two tests cannot share.
            _host = _factory.WithWebHostBuilder(builder => builder
                .UseSetting("urls", $"http://127.0.0.1:{port}")
                .UseSetting("Http:RequestTimeoutSeconds", requestTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .ConfigureTestServices(services => services.AddScoped<ISeedSet>(_ => new HeldSeedSet(gate, fails))));
            _host.UseKestrel(port);
            // The factory's start blocks until the API has started, which it does only once the database is ready.
            _started = Task.Factory.StartNew(_host.StartServer, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!await ListensAsync())
            {
                if (_started.IsFaulted || DateTime.UtcNow > deadline)
                {
                    await _started;
                    Assert.Fail("The API did not begin to listen.");
                }
                await Task.Delay(50);
            }
            return (Client.GetAsync(path), _started);
        }

        private async Task<bool> ListensAsync()
        {
            try
            {
                using var live = await Client.GetAsync("/health/live");
                return live.StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }

        public async ValueTask DisposeAsync()
        {
            gate.TrySetResult();
            Client?.Dispose();
            try
            {
                // The host is disposed once its start has ended, however it ended.
                await _started.ContinueWith(_ => { }, TaskScheduler.Default);
                if (_host is not null)
                {
                    await _host.DisposeAsync();
                }
            }
            finally
            {
                await _factory.DisposeAsync();
                _factory.DeleteDatabase();
            }
        }
    }

    private sealed class HeldSeedSet(TaskCompletionSource gate, bool fails) : ISeedSet
    {
        public const string Failure = "The held seed set fails, as asked.";

        public string ResourceType => "held";

        public Type RecordType => typeof(HeldSeedSet);

        public IReadOnlyList<Type> References => [];

        public async Task SyncAsync(SeedRun run, CancellationToken cancellationToken)
        {
            await gate.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            if (fails)
            {
                throw new SeedDataException(Failure);
            }
        }
    }
}
