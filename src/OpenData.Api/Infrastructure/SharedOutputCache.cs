using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace OpenData.Api.Infrastructure;

/// <summary>
/// The output cache of every instance: answers are kept in Redis, and evicting a tag evicts it there; <see cref="SignalAsync"/>
/// publishes it on the change channel, where every instance (<see cref="DataChangeSubscriber"/>) evicts it too, so a write through
/// one instance or the import command is seen through all of them on the next request. While Redis cannot be reached, the instance keeps answers in its own
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
        RedisConnection redis, DataGeneration generation, ILogger<SharedOutputCacheStore> logger)
    {
        _local = local;
        _shared = shared;
        _redis = redis;
        _logger = logger;
        redis.Restored += () =>
        {
            generation.Advance();
            _ = EvictQuietlyAsync(HttpCaching.DataTag, "Redis is back");
        };
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

    /// <summary>Evicts the tag here and in Redis. Telling the other instances is <see cref="DataChanges"/>' part.</summary>
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => new(EvictHereAndInRedisAsync(tag, cancellationToken));

    /// <summary>Tells every instance (<see cref="DataChangeSubscriber"/>) to evict the tag; with Redis out of reach, their poll does.</summary>
    public async Task SignalAsync(string tag)
    {
        if (_redis.IsAvailable)
        {
            try
            {
                await _redis.Multiplexer.GetSubscriber().PublishAsync(ChangeChannel, tag);
            }
            catch (Exception e) when (RedisConnection.IsUnavailability(e))
            {
                _redis.ReportFailure(e);
            }
        }
    }

    /// <summary>Evicts the tag here and in Redis from a background task (a signal, Redis back), logging rather than throwing.</summary>
    public async Task EvictQuietlyAsync(string tag, string reason)
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
public sealed class DataChangeSubscriber(RedisConnection redis, SharedOutputCacheStore cache, DataGeneration generation, ILogger<DataChangeSubscriber> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            // StackExchange.Redis subscribes again by itself after every reconnection.
            await redis.Multiplexer.GetSubscriber().SubscribeAsync(SharedOutputCacheStore.ChangeChannel,
                (channel, tag) =>
                {
                    generation.Advance();
                    _ = cache.EvictQuietlyAsync(tag.ToString(), "the change signal");
                });
        }
        catch (Exception e) when (RedisConnection.IsUnavailability(e))
        {
            logger.LogWarning(e, "Could not subscribe to the change signal; changes from other instances are noticed by polling until Redis is back");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
