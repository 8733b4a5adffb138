using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

// EF Core marks the steps of its own CompileQuery experimental, because precompiled queries use them too.
#pragma warning disable EF9100

namespace OpenData.Api.Data;

/// <summary>
/// Compiles EF Core's queries as it does, except that the lambdas nested in a query's executor that use nothing from outside
/// themselves are compiled once, with the query, and kept as delegates (see <see cref="NestedLambdasCompiledOnce"/>).
/// </summary>
/// <remarks>
/// Why: since EF Core 9 the shaper of a query with a collection in its projection passes the collection's shaper (and, for a
/// split query, its command's resolver) to <c>PopulateSplitCollection</c> or <c>PopulateCollection</c> as a lambda nested in the
/// compiled expression, and a nested lambda of a compiled expression becomes a new delegate through
/// <c>DynamicMethod.CreateDelegate</c> every time it is reached: for every row of the page and every collection. That was 7.8 %
/// of a list of twenty organisations' CPU on SQLite (perf, under wrk). EF Core's own fix for the identifiers
/// (dotnet/efcore#35212) left these two; the deeper question is open as dotnet/efcore#35210.
/// </remarks>
public sealed class RelationalDatabaseCompilingNestedLambdasOnce(
    DatabaseDependencies dependencies, RelationalDatabaseDependencies relationalDependencies, ILiftableConstantProcessor liftableConstants,
    ICurrentDbContext currentContext)
    : RelationalDatabase(dependencies, relationalDependencies)
{
    // The steps of EF Core 10's Database.CompileQuery and QueryCompilationContext.CreateQueryExecutor, with the rewrite before
    // the compilation: an upgrade of EF Core should compare them again.
    public override Func<QueryContext, TResult> CompileQuery<TResult>(Expression query, bool async)
    {
        var compilation = Dependencies.QueryCompilationContextFactory.Create(async);
        var executor = compilation.CreateQueryExecutorExpression<TResult>(query);
        var withConstants = (Expression<Func<QueryContext, TResult>>)liftableConstants.InlineConstants(executor, compilation.SupportsPrecompiledQuery);
        try
        {
            return withConstants.Update(NestedLambdasCompiledOnce.In(withConstants.Body), withConstants.Parameters).Compile();
        }
        finally
        {
            compilation.Logger.QueryExecutionPlanned(currentContext.Context, new ExpressionPrinter(), executor);
        }
    }
}

/// <summary>
/// Replaces each self-contained lambda in an expression by a constant holding the delegate compiled from it, except a quoted
/// lambda and one invoked where it stands.
/// </summary>
public sealed class NestedLambdasCompiledOnce : ExpressionVisitor
{
    public static Expression In(Expression expression) => new NestedLambdasCompiledOnce().Visit(expression);

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        var lambda = (LambdaExpression)base.VisitLambda(node);
        return UsesNothingFromOutside(lambda) ? Expression.Constant(lambda.Compile(), lambda.Type) : lambda;
    }

    // A quoted lambda is an expression tree on purpose: left untouched. A lambda invoked where it stands is inlined by the
    // compiler (no delegate is made for it): kept, with its body and arguments still visited.
    protected override Expression VisitUnary(UnaryExpression node) =>
        node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        if (node.Expression is not LambdaExpression lambda)
        {
            return base.VisitInvocation(node);
        }
        var body = Visit(lambda.Body);
        var invoked = body == lambda.Body ? lambda : Expression.Lambda(lambda.Type, body, lambda.Name, lambda.TailCall, lambda.Parameters);
        return node.Update(invoked, Visit(node.Arguments));
    }

    private static bool UsesNothingFromOutside(LambdaExpression lambda)
    {
        var finder = new OutsideVariableFinder();
        finder.Visit(lambda);
        return !finder.Found;
    }

    /// <summary>Whether an expression reads a parameter or variable that it does not declare itself.</summary>
    private sealed class OutsideVariableFinder : ExpressionVisitor
    {
        private readonly List<IReadOnlyCollection<ParameterExpression>> _scopes = [];

        public bool Found { get; private set; }

        protected override Expression VisitLambda<T>(Expression<T> node) => InScope(node.Parameters, () => base.VisitLambda(node));

        protected override Expression VisitBlock(BlockExpression node) => InScope(node.Variables, () => base.VisitBlock(node));

        protected override CatchBlock VisitCatchBlock(CatchBlock node) =>
            InScope(node.Variable is null ? [] : [node.Variable], () => base.VisitCatchBlock(node));

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= !_scopes.Any(scope => scope.Contains(node));
            return node;
        }

        private T InScope<T>(IReadOnlyCollection<ParameterExpression> declared, Func<T> visit)
        {
            _scopes.Add(declared);
            try
            {
                return visit();
            }
            finally
            {
                _scopes.RemoveAt(_scopes.Count - 1);
            }
        }
    }
}
