using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace OpenData.Api.Infrastructure;

/// <summary>
/// The output cache of every instance: answers are kept in Redis, and evicting a tag evicts it there and publishes it on the change
/// channel, where every instance (<see cref="DataChangeSubscriber"/>) evicts it too, so a write through one instance or the import
/// command is seen through all of them on the next request. While Redis cannot be reached, the instance keeps answers in its own
/// memory; when Redis is back, both are emptied, since writes made meanwhile reached neither everywhere.
/// </summary>
public sealed class SharedOutputCacheStore : IOutputCacheStore
{
    public static readonly RedisChannel ChangeChannel = RedisChannel.Literal("opendata:data-changed");

    private readonly IOutputCacheStore _local;
    private readonly IOutputCacheStore _shared;
    private readonly RedisConnection _redis;
    private readonly ILogger<SharedOutputCacheStore> _logger;

    public SharedOutputCacheStore([FromKeyedServices(LocalKey)] IOutputCacheStore local, [FromKeyedServices(SharedKey)] IOutputCacheStore shared,
        RedisConnection redis, ILogger<SharedOutputCacheStore> logger)
    {
        _local = local;
        _shared = shared;
        _redis = redis;
        _logger = logger;
        redis.Restored += () => _ = EvictEverywhereHereAsync(HttpCaching.DataTag, "Redis is back");
    }

    public const string LocalKey = "local";
    public const string SharedKey = "shared";

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (_redis.IsAvailable)
        {
            try
            {
                var value = await _shared.GetAsync(key, cancellationToken);
                _redis.ReportSuccess();
                return value;
            }
            catch (Exception e) when (RedisConnection.IsUnavailability(e))
            {
                _redis.ReportFailure(e);
            }
        }
        return await _local.GetAsync(key, cancellationToken);
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (_redis.IsAvailable)
        {
            try
            {
                await _shared.SetAsync(key, value, tags, validFor, cancellationToken);
                _redis.ReportSuccess();
                return;
            }
            catch (Exception e) when (RedisConnection.IsUnavailability(e))
            {
                _redis.ReportFailure(e);
            }
        }
        await _local.SetAsync(key, value, tags, validFor, cancellationToken);
    }

    /// <summary>Evicts the tag here and in Redis, and tells every other instance to evict it too.</summary>
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await EvictHereAndInRedisAsync(tag, cancellationToken);
        if (_redis.IsAvailable)
        {
            try
            {
                await _redis.Multiplexer.GetSubscriber().PublishAsync(ChangeChannel, tag);
            }
            catch (Exception e) when (RedisConnection.IsUnavailability(e))
            {
                // The other instances notice the change by polling (Http:DataChangePollSeconds).
                _redis.ReportFailure(e);
            }
        }
    }

    /// <summary>
    /// What another instance's eviction (or the import command's) asks of this one: the same, without telling the others again.
    /// Redis too, for a sender that could publish but not evict (evicting twice within moments costs nothing).
    /// </summary>
    public Task EvictFromSignalAsync(string tag) => EvictEverywhereHereAsync(tag, "the change signal");

    /// <summary>What this instance's poll found changed (an import that could not reach Redis): here and in Redis, without a signal, since every instance polls.</summary>
    public Task EvictWithoutSignalAsync(string tag) => EvictEverywhereHereAsync(tag, "a change found by polling");

    private async Task EvictEverywhereHereAsync(string tag, string reason)
    {
        try
        {
            await EvictHereAndInRedisAsync(tag, CancellationToken.None);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Could not empty the output cache after {Reason}", reason);
        }
    }

    private async Task EvictHereAndInRedisAsync(string tag, CancellationToken cancellationToken)
    {
        await _local.EvictByTagAsync(tag, cancellationToken);
        if (_redis.IsAvailable)
        {
            try
            {
                await _shared.EvictByTagAsync(tag, cancellationToken);
                _redis.ReportSuccess();
            }
            catch (Exception e) when (RedisConnection.IsUnavailability(e))
            {
                _redis.ReportFailure(e);
            }
        }
    }
}

/// <summary>Listens on the change channel and evicts what another instance, or the import command, evicted.</summary>
public sealed class DataChangeSubscriber(RedisConnection redis, SharedOutputCacheStore cache, ILogger<DataChangeSubscriber> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            // StackExchange.Redis subscribes again by itself after every reconnection.
            await redis.Multiplexer.GetSubscriber().SubscribeAsync(SharedOutputCacheStore.ChangeChannel,
                (channel, tag) => _ = cache.EvictFromSignalAsync(tag.ToString()));
        }
        catch (Exception e) when (RedisConnection.IsUnavailability(e))
        {
            logger.LogWarning(e, "Could not subscribe to the change signal; changes from other instances are noticed by polling until Redis is back");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
