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
    private readonly RedisConnection _redis;
    private readonly RedisFixedWindowRateLimiterOptions _anonymous, _withKey;

    public SharedClientRateLimiter(PartitionedRateLimiter<HttpContext> local, RedisConnection redis, RateLimitOptions options)
    {
        _local = local;
        _redis = redis;
        _anonymous = WindowOf(options.AnonymousPermitsPerWindow);
        _withKey = WindowOf(options.KeyPermitsPerWindow);

        RedisFixedWindowRateLimiterOptions WindowOf(int permits) => new()
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(options.WindowSeconds),
            ConnectionMultiplexerFactory = () => redis.Multiplexer,
        };
    }

    /// <summary>The permits the client had left after its last charge in Redis (the shared limiter reports no statistics), if it was charged there.</summary>
    public static long? RemainingPermits(HttpContext context) => context.Items.TryGetValue(RemainingPermitsItem, out var remaining) ? (long?)remaining : null;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext context, int permitCount, CancellationToken cancellationToken)
    {
        if (_redis.IsAvailable)
        {
            try
            {
                var partition = RateLimiting.PartitionOf(context);
                // A limiter per request, not one kept per client: RedisRateLimiting's limiters never report being idle, so a
                // partitioned limiter would keep one for every client it ever saw. The count lives in Redis; making one costs a key.
                using var limiter = new RedisFixedWindowRateLimiter<string>($"opendata:{partition}",
                    RateLimiting.HasKey(partition) ? _withKey : _anonymous);
                var lease = await limiter.AcquireAsync(permitCount, cancellationToken);
                _redis.ReportSuccess();
                if (lease.TryGetMetadata(RateLimitMetadataName.Remaining, out var remaining))
                {
                    context.Items[RemainingPermitsItem] = remaining;
                }
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

    /// <summary>
    /// Refuses without asking: Redis can only be asked asynchronously, and a synchronous wait would hold a thread. The rate-limiting
    /// middleware then awaits <see cref="AcquireAsyncCore"/>, and GraphQL charges its extra cost with <c>AcquireAsync</c> too.
    /// </summary>
    protected override RateLimitLease AttemptAcquireCore(HttpContext context, int permitCount) => NotTried.Instance;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => _local.GetStatistics(resource);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _local.Dispose();
        }
    }

    protected override ValueTask DisposeAsyncCore() => _local.DisposeAsync();

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
