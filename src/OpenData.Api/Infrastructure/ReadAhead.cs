using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace OpenData.Api.Infrastructure;

/// <summary>
/// Reads a sequence on another thread, a few batches ahead of the one that takes it, so that reading rows from the database
/// and writing them out run on two cores at once instead of taking turns: a download of a million rows spends about as long
/// reading as writing. At most <see cref="BatchesAhead"/> batches wait, so memory stays the same however long the sequence.
/// </summary>
public static class ReadAhead
{
    private const int BatchSize = 1024;
    private const int BatchesAhead = 4;

    /// <summary>
    /// The same items in the same order, read ahead. The source is read by one thread at a time, never beside anything else:
    /// a database context stays safe to use as long as nothing else uses it until this sequence ends. Stopping early (an
    /// exception, a cancelled download) stops the reading and waits for it, so the context is free again once it returns.
    /// </summary>
    public static async IAsyncEnumerable<T> ReadingAhead<T>(this IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var batches = Channel.CreateBounded<T[]>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAsync(source, batches.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            // The reader's failure (if any) already reached the loop above through the channel; here it only has to have ended.
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static async Task ReadAsync<T>(IAsyncEnumerable<T> source, ChannelWriter<T[]> batches, CancellationToken cancellationToken)
    {
        var batch = new T[BatchSize];
        var count = 0;
        Exception? failure = null;
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken))
            {
                batch[count++] = item;
                if (count == BatchSize)
                {
                    await batches.WriteAsync(batch, cancellationToken);
                    batch = new T[BatchSize];
                    count = 0;
                }
            }
        }
        catch (Exception exception)
        {
            failure = exception;
        }
        try
        {
            // The items read before a failure go out before it, as they would have without reading ahead.
            if (count > 0)
            {
                await batches.WriteAsync(batch[..count], cancellationToken);
            }
        }
        catch (Exception exception)
        {
            failure ??= exception;
        }
        batches.Complete(failure);
    }
}
