namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// Tests that each get a started API on a database of their own (xUnit makes one instance per test), deleted afterwards.
/// </summary>
public abstract class OwnDatabaseTests : IAsyncLifetime
{
    protected OwnDatabaseTests() : this(new OpenDataApiFactory())
    {
    }

    /// <param name="factory">A host set up for the tests (a factory of their own with more services, say).</param>
    protected OwnDatabaseTests(OpenDataApiFactory factory) => Factory = factory;

    protected OpenDataApiFactory Factory { get; }

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
