using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using OpenData.Api.Data;
using OpenData.Api.Data.Sqlite;

namespace OpenData.Api.Tests.Data;

/// <summary>
/// Queries are compiled with their self-contained nested lambdas as delegates made once (<see cref="RelationalDatabaseCompilingNestedLambdasOnce"/>),
/// not once per row. The rewrite is tested on expressions of its own, and on queries with a collection in their projection, split
/// (as SQLite reads them) and single (as PostgreSQL does), whose shapers EF Core 10 makes delegates for on every row: on a small
/// SQLite database of their own, whichever provider the suite runs on, since what is tested is EF's query compilation.
/// That the API's own contexts compile so is tested by <c>ApiContextQueryCompilationTests</c>.
/// </summary>
public sealed class NestedLambdasCompiledOnceTests : IDisposable
{
    private static readonly MethodInfo Apply = typeof(NestedLambdasCompiledOnceTests).GetMethod(nameof(ApplyTo))!;

    public static int ApplyTo(Func<int, int> function, int value) => function(value);

    [Fact]
    public void ASelfContainedNestedLambdaBecomesTheDelegateCompiledFromIt()
    {
        var x = Expression.Parameter(typeof(int), "x");
        var call = Expression.Call(Apply, Expression.Lambda<Func<int, int>>(Expression.Add(x, Expression.Constant(1)), x), Expression.Constant(2));

        var rewritten = (MethodCallExpression)NestedLambdasCompiledOnce.In(call);

        var function = Assert.IsType<ConstantExpression>(rewritten.Arguments[0]);
        Assert.Equal(3, ((Func<int, int>)function.Value!)(2));
        Assert.Equal(3, Expression.Lambda<Func<int>>(rewritten).Compile()());
    }

    [Fact]
    public void ALambdaThatReadsAVariableOfTheLambdaAroundItStaysALambda()
    {
        var x = Expression.Parameter(typeof(int), "x");
        var y = Expression.Parameter(typeof(int), "y");
        var inner = Expression.Lambda<Func<int, int>>(Expression.Add(x, y), x);
        var outer = Expression.Lambda<Func<int, int>>(Expression.Call(Apply, inner, Expression.Constant(2)), y);

        var rewritten = (MethodCallExpression)NestedLambdasCompiledOnce.In(outer.Body);

        Assert.IsAssignableFrom<LambdaExpression>(rewritten.Arguments[0]);
        Assert.Equal(12, Expression.Lambda<Func<int, int>>(rewritten, y).Compile()(10));
    }

    [Fact]
    public void ALambdaThatReadsABlockVariableAroundItStaysALambdaAndOneThatDeclaresItsOwnDoesNot()
    {
        var x = Expression.Parameter(typeof(int), "x");
        var outside = Expression.Variable(typeof(int), "outside");
        var own = Expression.Variable(typeof(int), "own");
        var readsOutside = Expression.Lambda<Func<int, int>>(Expression.Add(x, outside), x);
        var declaresOwn = Expression.Lambda<Func<int, int>>(
            Expression.Block([own], Expression.Assign(own, Expression.Constant(5)), Expression.Add(x, own)), x);
        var block = Expression.Block([outside], Expression.Assign(outside, Expression.Constant(100)),
            Expression.Add(Expression.Call(Apply, readsOutside, Expression.Constant(1)), Expression.Call(Apply, declaresOwn, Expression.Constant(1))));

        var rewritten = (BlockExpression)NestedLambdasCompiledOnce.In(block);

        var sum = (BinaryExpression)rewritten.Expressions[^1];
        Assert.IsAssignableFrom<LambdaExpression>(((MethodCallExpression)sum.Left).Arguments[0]);
        Assert.IsType<ConstantExpression>(((MethodCallExpression)sum.Right).Arguments[0]);
        Assert.Equal(107, Expression.Lambda<Func<int>>(rewritten).Compile()());
    }

    [Fact]
    public void QuotedAndInvokedLambdasStayLambdas()
    {
        var x = Expression.Parameter(typeof(int), "x");
        Expression<Func<int, int>> addOne = value => value + 1;
        var quoted = Expression.Quote(addOne);
        var invoked = Expression.Invoke(Expression.Lambda<Func<int, int>>(Expression.Multiply(x, Expression.Constant(2)), x), Expression.Constant(4));

        Assert.Same(quoted, NestedLambdasCompiledOnce.In(quoted));
        var rewritten = Assert.IsAssignableFrom<InvocationExpression>(NestedLambdasCompiledOnce.In(invoked));
        Assert.IsAssignableFrom<LambdaExpression>(rewritten.Expression);
        Assert.Equal(8, Expression.Lambda<Func<int>>(rewritten).Compile()());
    }

    private sealed class Shelf
    {
        public int Id { get; set; }
        public required string Name { get; set; }
        public List<Book> Books { get; set; } = [];
    }

    private sealed class Book
    {
        public int Id { get; set; }
        public int ShelfId { get; set; }
        public required string Title { get; set; }
    }

    private sealed record ShelfResponse(string Name, List<string> Titles);

    private sealed class ShelvesContext(DbContextOptions<ShelvesContext> options) : DbContext(options)
    {
        public DbSet<Shelf> Shelves => Set<Shelf>();
    }

    private const int ShelfCount = 200;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"opendata-shelves-{Guid.NewGuid():N}.db");

    public NestedLambdasCompiledOnceTests() => SqliteDatabase.ConfigureLibrary();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private ShelvesContext Context(bool compilingNestedLambdasOnce, Action<DbContextOptionsBuilder>? configure = null)
    {
        var options = new DbContextOptionsBuilder<ShelvesContext>().UseSqlite($"Data Source={_path}");
        if (compilingNestedLambdasOnce)
        {
            options.ReplaceService<IDatabase, RelationalDatabaseCompilingNestedLambdasOnce>();
        }
        configure?.Invoke(options);
        return new ShelvesContext(options.Options);
    }

    private static IQueryable<ShelfResponse> Shelves(ShelvesContext db, bool split)
    {
        var shelves = db.Shelves.AsNoTracking();
        return (split ? shelves.AsSplitQuery() : shelves.AsSingleQuery()).OrderBy(s => s.Id)
            .Select(s => new ShelfResponse(s.Name, s.Books.OrderBy(b => b.Id).Select(b => b.Title).ToList()));
    }

    private static IEnumerable<(string, string)> Flat(IEnumerable<ShelfResponse> shelves) => shelves.Select(s => (s.Name, string.Join(",", s.Titles)));

    /// <summary>Bytes the current thread allocates for one more read, once the query is compiled and its code warm.</summary>
    private static long BytesPerRead(ShelvesContext db, bool split)
    {
        for (var i = 0; i < 3; i++)
        {
            Shelves(db, split).ToList();
        }
        const int reads = 5;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < reads; i++)
        {
            Shelves(db, split).ToList();
        }
        return (GC.GetAllocatedBytesForCurrentThread() - before) / reads;
    }

    private async Task CreateShelvesAsync()
    {
        await using var create = Context(compilingNestedLambdasOnce: false);
        await create.Database.EnsureCreatedAsync();
        create.Shelves.AddRange(Enumerable.Range(1, ShelfCount).Select(i => new Shelf
        {
            Id = i,
            Name = $"shelf {i}",
            Books = [new Book { Id = 2 * i, Title = $"book {2 * i}" }, new Book { Id = 2 * i + 1, Title = $"book {2 * i + 1}" }],
        }));
        await create.SaveChangesAsync();
    }

    public static TheoryData<bool> SplitOrSingle => [true, false];

    [Theory]
    [MemberData(nameof(SplitOrSingle))]
    public async Task AQueryWithACollectionReadsTheSameRowsSynchronouslyAndAsynchronously(bool split)
    {
        await CreateShelvesAsync();
        await using var efCore = Context(compilingNestedLambdasOnce: false);
        await using var once = Context(compilingNestedLambdasOnce: true);

        var expected = Flat(Shelves(efCore, split).ToList()).ToList();
        var read = Shelves(once, split).ToList();
        var readAsynchronously = await Shelves(once, split).ToListAsync();

        Assert.Equal(ShelfCount, read.Count);
        Assert.Equal(["book 2", "book 3"], read[0].Titles);
        Assert.Equal(expected, Flat(read));
        Assert.Equal(expected, Flat(readAsynchronously));
    }

    [Theory]
    [MemberData(nameof(SplitOrSingle))]
    public async Task AQueryWithACollectionMakesNoDelegateForEachRow(bool split)
    {
        await CreateShelvesAsync();
        await using var efCore = Context(compilingNestedLambdasOnce: false);
        await using var once = Context(compilingNestedLambdasOnce: true);

        var efCoreBytes = BytesPerRead(efCore, split);
        var onceBytes = BytesPerRead(once, split);

        // EF Core 10 makes a delegate (64 bytes on a 64-bit runtime) for each of at least two lambdas per shelf. Should this fail
        // because EF Core itself no longer does, RelationalDatabaseCompilingNestedLambdasOnce can go.
        Assert.True(efCoreBytes - onceBytes >= 2 * 64 * ShelfCount,
            $"EF Core's own compilation allocated {efCoreBytes} bytes per read, the one compiling nested lambdas once {onceBytes}");
    }

    [Fact]
    public void TheCompilationRepeatsTheStepsOfEfCore10()
    {
        // RelationalDatabaseCompilingNestedLambdasOnce repeats EF Core 10's own steps; another version may have changed them.
        Assert.True(typeof(RelationalDatabase).Assembly.GetName().Version!.Major == 10,
            "EF Core is no longer version 10: compare RelationalDatabaseCompilingNestedLambdasOnce.CompileQuery with its Database.CompileQuery " +
            "and QueryCompilationContext.CreateQueryExecutor, and whether its shapers still make a delegate per row");
    }

    [Fact]
    public async Task AQueryCompiledSoStillLogsItsPlannedExecution()
    {
        await CreateShelvesAsync();
        var logged = new List<string>();
        await using var db = Context(compilingNestedLambdasOnce: true,
            options => options.LogTo(logged.Add, [CoreEventId.QueryExecutionPlanned], LogLevel.Debug));

        // A query of its own: the other tests' contexts share this one's compiled query cache, and a cached query is not compiled again.
        var titles = await db.Shelves.OrderByDescending(s => s.Id).Select(s => s.Books.Select(b => b.Title).ToList()).ToListAsync();

        Assert.IsType<RelationalDatabaseCompilingNestedLambdasOnce>(db.GetService<IDatabase>());
        Assert.Equal(ShelfCount, titles.Count);
        Assert.Contains(logged, line => line.Contains("Generated query execution expression", StringComparison.Ordinal));
    }
}
