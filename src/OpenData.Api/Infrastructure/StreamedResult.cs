using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace OpenData.Api.Infrastructure;

/// <summary>
/// A response body written by a callback as it is produced, such as a download of millions of rows. Once the body starts, the
/// request timeout no longer applies (a large download over a slow line takes minutes); a stall does instead: when no write
/// completes for <see cref="HttpLimits.IdleWriteTimeoutSeconds"/>, because the client stopped reading or the database stopped
/// answering, the request is aborted. A slow client that keeps reading is served to the end.
/// </summary>
public sealed class StreamedResult(Func<HttpResponse, CancellationToken, Task> write) : IResult
{
    /// <summary>
    /// The same body, with <paramref name="resource"/> disposed once it is written or has failed: for what the writing needs
    /// beyond the handler that returns the result, such as a transaction the rows are read in.
    /// </summary>
    public StreamedResult Disposing(IAsyncDisposable resource) => new(async (response, cancellationToken) =>
    {
        await using (resource)
        {
            await write(response, cancellationToken);
        }
    });

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Features.Get<IHttpRequestTimeoutFeature>()?.DisableTimeout();
        var idleLimit = TimeSpan.FromSeconds(httpContext.RequestServices.GetRequiredService<IOptions<HttpLimits>>().Value.IdleWriteTimeoutSeconds);
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        idle.CancelAfter(idleLimit);
        var body = httpContext.Response.Body;
        httpContext.Response.Body = new ProgressStream(body, () => idle.CancelAfter(idleLimit));
        try
        {
            await write(httpContext.Response, idle.Token);
        }
        catch (OperationCanceledException) when (idle.IsCancellationRequested && !httpContext.RequestAborted.IsCancellationRequested)
        {
            httpContext.RequestServices.GetRequiredService<ILogger<StreamedResult>>()
                .LogInformation("A streamed response made no progress for {Seconds} s and was dropped", idleLimit.TotalSeconds);
            httpContext.Abort();
        }
        finally
        {
            httpContext.Response.Body = body;
        }
    }

    /// <summary>
    /// Passes writes through and reports each part that completed. A large write goes in parts, so that a client reading it
    /// slowly shows progress long before all of it is taken.
    /// </summary>
    private sealed class ProgressStream(Stream inner, Action progressed) : Stream
    {
        private const int Part = 16 * 1024;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            for (var start = 0; start < count; start += Part)
            {
                inner.Write(buffer, offset + start, Math.Min(Part, count - start));
                progressed();
            }
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            for (var start = 0; start < buffer.Length; start += Part)
            {
                await inner.WriteAsync(buffer.Slice(start, Math.Min(Part, buffer.Length - start)), cancellationToken);
                progressed();
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
            inner.Flush();
            progressed();
        }

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            await inner.FlushAsync(cancellationToken);
            progressed();
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
