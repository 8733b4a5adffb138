using StackExchange.Redis;

namespace OpenData.Api.Infrastructure;

/// <summary>
/// Redis, optional: with <c>Redis:Configuration</c> (a StackExchange.Redis configuration string) the instances of the API share
/// their rate limits, their output cache and a signal that the data changed. Without it each instance keeps its own.
/// </summary>
public static class Redis
{
    public const string ConfigurationKey = "Redis:Configuration";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[ConfigurationKey]);

    /// <summary>One connection for the whole process, when Redis is configured; the rate limiter, the output cache and the health check use it.</summary>
    public static WebApplicationBuilder AddRedis(this WebApplicationBuilder builder)
    {
        if (IsConfigured(builder.Configuration))
        {
            var configuration = builder.Configuration[ConfigurationKey]!;
            builder.Services.AddSingleton(services => new RedisConnection(configuration, services.GetRequiredService<ILogger<RedisConnection>>()));
            builder.Services.AddSingleton<IConnectionMultiplexer>(services => services.GetRequiredService<RedisConnection>().Multiplexer);
        }
        return builder;
    }
}

/// <summary>
/// The connection to Redis, and whether to use it now. While Redis cannot be reached, <see cref="IsAvailable"/> is false and the
/// rate limiter and output cache use this instance's own instead of failing requests; a warning is logged once per outage, and the
/// multiplexer reconnects by itself in the background.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    /// <summary>After a command fails on a connection that still looks open (a Redis that hangs), how long to stay local before trying again.</summary>
    private static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(5);

    private readonly ILogger<RedisConnection> _logger;
    private long _pausedUntilTicks;
    private int _inOutage;

    public RedisConnection(string configuration, ILogger<RedisConnection> logger)
    {
        _logger = logger;
        Multiplexer = ConnectionMultiplexer.Connect(OptionsFrom(configuration));
        Multiplexer.ConnectionFailed += (_, failure) =>
        {
            if (failure.ConnectionType == ConnectionType.Interactive)
            {
                BeginOutage($"{failure.FailureType} on {failure.EndPoint}");
            }
        };
        Multiplexer.ConnectionRestored += (_, restored) =>
        {
            if (restored.ConnectionType == ConnectionType.Interactive)
            {
                EndOutage();
            }
        };
        if (!Multiplexer.IsConnected)
        {
            BeginOutage($"{string.Join(", ", Multiplexer.GetEndPoints().Select(e => e.ToString()))} not reachable at start");
        }
    }

    public IConnectionMultiplexer Multiplexer { get; }

    /// <summary>Whether to send commands to Redis now: it is connected and has not just failed.</summary>
    public bool IsAvailable => Multiplexer.IsConnected && DateTime.UtcNow.Ticks >= Interlocked.Read(ref _pausedUntilTicks);

    /// <summary>Raised when Redis is back after an outage: what was written locally meanwhile, and what Redis missed, is stale.</summary>
    public event Action? Restored;

    /// <summary>The exceptions that mean Redis could not answer: the caller falls back to local state for this request.</summary>
    public static bool IsUnavailability(Exception e) => e is RedisException or RedisTimeoutException or ObjectDisposedException;

    /// <summary>A command failed: stay local for a moment, so a Redis that hangs costs one timeout per pause, not one per request.</summary>
    public void ReportFailure(Exception e)
    {
        Interlocked.Exchange(ref _pausedUntilTicks, (DateTime.UtcNow + PauseAfterFailure).Ticks);
        BeginOutage($"{e.GetType().Name}: {e.Message}");
    }

    /// <summary>A command succeeded: an outage noticed by a failed command (not by the connection) is over.</summary>
    public void ReportSuccess()
    {
        if (Volatile.Read(ref _inOutage) == 1 && Multiplexer.IsConnected)
        {
            EndOutage();
        }
    }

    private void BeginOutage(string reason)
    {
        if (Interlocked.Exchange(ref _inOutage, 1) == 0)
        {
            _logger.LogWarning("Redis cannot be reached ({Reason}): rate limits and the output cache are this instance's own until it is back", reason);
        }
    }

    private void EndOutage()
    {
        if (Interlocked.Exchange(ref _inOutage, 0) == 1)
        {
            Interlocked.Exchange(ref _pausedUntilTicks, 0);
            _logger.LogInformation("Redis is reachable again: rate limits and the output cache are shared again");
            Restored?.Invoke();
        }
    }

    /// <summary>
    /// The configuration string, with what keeps a missing Redis cheap: start without it and reconnect in the background, fail a command at
    /// once while disconnected (the caller falls back) rather than queue it, and short timeouts unless the string names its own.
    /// </summary>
    internal static ConfigurationOptions OptionsFrom(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new LinearRetry(1_000);
        if (!Names(configuration, "connectTimeout"))
        {
            options.ConnectTimeout = 1_000;
        }
        if (!Names(configuration, "connectRetry"))
        {
            options.ConnectRetry = 1;
        }
        if (!Names(configuration, "syncTimeout"))
        {
            options.SyncTimeout = 1_000;
        }
        if (!Names(configuration, "asyncTimeout"))
        {
            options.AsyncTimeout = 1_000;
        }
        return options;
    }

    private static bool Names(string configuration, string option) =>
        configuration.Split(',').Any(part => part.Trim().StartsWith(option + "=", StringComparison.OrdinalIgnoreCase));

    public void Dispose() => Multiplexer.Dispose();
}
