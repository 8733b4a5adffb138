namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// Tests that each get a started API on a database of their own (xUnit makes one instance per test), deleted afterwards.
/// </summary>
public abstract class OwnDatabaseTests : IAsyncLifetime
{
    protected OpenDataApiFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Factory.DeleteDatabase();
    }
}
