using System.Threading.RateLimiting;
using RedisRateLimiting;

namespace OpenData.Api.Infrastructure;

/// <summary>
/// Rate limits counted in Redis, so a client has one quota across every instance: one fixed window per client (its API key or its
/// address, as <see cref="RateLimiting.PartitionOf"/> says), with the quotas of <see cref="RateLimitOptions"/>. While Redis cannot be
/// reached, each instance counts on its own with the in-process limiter, so no request fails for want of Redis.
/// </summary>
public sealed class SharedClientRateLimiter : PartitionedRateLimiter<HttpContext>
{
    private static readonly object RemainingPermitsItem = new();

    private readonly PartitionedRateLimiter<HttpContext> _local;
    private readonly PartitionedRateLimiter<HttpContext> _shared;
    private readonly RedisConnection _redis;

    private SharedClientRateLimiter(PartitionedRateLimiter<HttpContext> local, RedisConnection redis, RateLimitOptions options)
    {
        _local = local;
        _redis = redis;
        _shared = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var partition = RateLimiting.PartitionOf(context);
            return RedisRateLimitPartition.GetFixedWindowRateLimiter($"opendata:{partition}", _ => new RedisFixedWindowRateLimiterOptions
            {
                PermitLimit = RateLimiting.QuotaOf(partition, options),
                Window = TimeSpan.FromSeconds(options.WindowSeconds),
                ConnectionMultiplexerFactory = () => redis.Multiplexer,
            });
        });
    }

    /// <summary>
    /// The limiter for GraphQL and the one for the middleware. Redis's limiter answers only <c>AcquireAsync</c> (its
    /// <c>AttemptAcquire</c> always refuses, and the middleware then awaits <c>AcquireAsync</c>), so the middleware gets a view whose
    /// <c>AttemptAcquire</c> refuses at once, and GraphQL, which charges its extra cost through <c>AttemptAcquire</c>, gets one that waits.
    /// </summary>
    public static ClientRateLimiter Create(PartitionedRateLimiter<HttpContext> local, RedisConnection redis, RateLimitOptions options)
    {
        var limiter = new SharedClientRateLimiter(local, redis, options);
        return new ClientRateLimiter(limiter, new AsyncOnly(limiter));
    }

    /// <summary>The permits the client had left after its last charge in Redis (the shared limiter reports no statistics), if it was charged there.</summary>
    public static long? RemainingPermits(HttpContext context) => context.Items.TryGetValue(RemainingPermitsItem, out var remaining) ? (long?)remaining : null;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext context, int permitCount, CancellationToken cancellationToken)
    {
        if (_redis.IsAvailable)
        {
            try
            {
                var lease = await _shared.AcquireAsync(context, permitCount, cancellationToken);
                _redis.ReportSuccess();
                context.Items[RemainingPermitsItem] = lease.TryGetMetadata(RateLimitMetadataName.Remaining, out var remaining) ? remaining : 0L;
                return lease;
            }
            catch (Exception e) when (RedisConnection.IsUnavailability(e))
            {
                _redis.ReportFailure(e);
            }
        }
        context.Items.Remove(RemainingPermitsItem);
        return await _local.AcquireAsync(context, permitCount, cancellationToken);
    }

    /// <summary>Charges at once, waiting for Redis (at most its short timeout): GraphQL's validation charges its extra cost synchronously.</summary>
    protected override RateLimitLease AttemptAcquireCore(HttpContext context, int permitCount) =>
        AcquireAsyncCore(context, permitCount, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => _local.GetStatistics(resource);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _shared.Dispose();
            _local.Dispose();
        }
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _shared.DisposeAsync();
        await _local.DisposeAsync();
    }

    /// <summary>The limiter as the middleware sees it: <c>AttemptAcquire</c> refuses without a round trip, so the middleware awaits <c>AcquireAsync</c>.</summary>
    private sealed class AsyncOnly(SharedClientRateLimiter limiter) : PartitionedRateLimiter<HttpContext>
    {
        protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) => NotTried.Instance;

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
            limiter.AcquireAsync(resource, permitCount, cancellationToken);

        public override RateLimiterStatistics? GetStatistics(HttpContext resource) => limiter.GetStatistics(resource);
    }

    private sealed class NotTried : RateLimitLease
    {
        public static readonly NotTried Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
