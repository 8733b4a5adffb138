namespace OpenData.Api.Tests.Infrastructure;

/// <summary>A clock that always says the same time, so tests can tell which records a run touched.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>A clock that stands still until the test moves it on.</summary>
public sealed class MovableTimeProvider(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
