using GraphQL.DataLoader;

namespace OpenData.Api.GraphQL;

/// <summary>
/// Collects the keys every resolver of one level asks for, and loads them in one query when the first
/// result is needed. GraphQL.NET's DataLoader package is not available, so this is the project's own.
/// Resolvers run serially, so the DbContext behind <c>fetch</c> is never used by two at once.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }
        return new Result(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0)
        {
            var keys = _pending.ToList();
            _pending.Clear();
            var values = await fetch(keys, cancellationToken);
            foreach (var requested in keys)
            {
                _loaded[requested] = values.TryGetValue(requested, out var value) ? value : missing;
            }
        }
        return _loaded.TryGetValue(key, out var loaded) ? loaded : missing;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>Results of loaders made into the result a field needs, without loading anything more.</summary>
public static class LoaderResults
{
    public static IDataLoaderResult<TResult> Select<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) => new Mapped<T, TResult>(result, map);

    /// <summary>A result known without loading.</summary>
    public static IDataLoaderResult<T> Known<T>(T value) => new KnownResult<T>(value);

    private sealed class KnownResult<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    public static IDataLoaderResult<TResult> Combine<T1, T2, TResult>(IDataLoaderResult<T1> first, IDataLoaderResult<T2> second, Func<T1, T2, TResult> combine) =>
        new Combined<T1, T2, TResult>(first, second, combine);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> result, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => map(await result.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Combined<T1, T2, TResult>(IDataLoaderResult<T1> first, IDataLoaderResult<T2> second, Func<T1, T2, TResult> combine)
        : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            combine(await first.GetResultAsync(cancellationToken), await second.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
