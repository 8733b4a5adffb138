using OpenData.Api.Infrastructure;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>Reading a download's rows on another thread: the same rows in the same order, failures passed on, bounded memory.</summary>
public sealed class ReadAheadTests
{
    private sealed class Source
    {
        public int Read { get; private set; }
        public bool Ended { get; private set; }

        public async IAsyncEnumerable<int> Items(int count, int? failAt = null,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                for (var i = 0; i < count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (i == failAt)
                    {
                        throw new IOException("The database went away.");
                    }
                    Read++;
                    yield return i;
                    if (i % 100 == 0)
                    {
                        await Task.Yield();
                    }
                }
            }
            finally
            {
                Ended = true;
            }
        }
    }

    [Fact]
    public async Task EveryItemComesInItsOrderAcrossManyBatches()
    {
        var source = new Source();

        var items = await source.Items(10_000).ReadingAhead().ToListAsync();

        Assert.Equal(Enumerable.Range(0, 10_000), items);
        Assert.True(source.Ended);
    }

    [Fact]
    public async Task AnEmptySourceGivesNothing()
    {
        Assert.Empty(await new Source().Items(0).ReadingAhead().ToListAsync());
    }

    [Fact]
    public async Task AFailureOfTheSourceReachesTheReaderAsItsOwnExceptionAfterTheItemsBeforeIt()
    {
        var taken = new List<int>();

        var failure = await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var item in new Source().Items(10_000, failAt: 5_000).ReadingAhead())
            {
                taken.Add(item);
            }
        });

        Assert.Equal("The database went away.", failure.Message);
        Assert.Equal(Enumerable.Range(0, 5_000), taken);
    }

    [Fact]
    public async Task AReaderThatStopsEarlyStopsTheSourceBeforeItGoesOnAndItReadsOnlyAFewBatchesAhead()
    {
        var source = new Source();

        await foreach (var item in source.Items(int.MaxValue).ReadingAhead())
        {
            if (item == 10)
            {
                break;
            }
        }

        // The source has ended by the time the loop has: a database context it read from is free for the next query.
        Assert.True(source.Ended);
        Assert.InRange(source.Read, 11, 10 * 1024);
    }

    [Fact]
    public async Task ACancelledReaderStopsWithOperationCanceled()
    {
        var source = new Source();
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in source.Items(int.MaxValue).ReadingAhead(cancellation.Token))
            {
                if (item == 2_000)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.True(source.Ended);
    }
}
