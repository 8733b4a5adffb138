namespace OpenData.Api.Tests.Infrastructure;

/// <summary>A clock that always says the same time, so tests can tell which records a run touched.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
