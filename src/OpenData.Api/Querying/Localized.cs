using System.Linq.Expressions;
using LinqKit;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.Querying;

/// <summary>
/// The one place that chooses a text's language. Projections call these with LinqKit's <c>Invoke</c>, so the choice
/// is made in SQL, the same way for REST, GraphQL, downloads and pages.
/// </summary>
public static class Localized
{
    /// <summary>The English text where English is asked for and there is one; else the Swedish text.</summary>
    public static readonly Expression<Func<string, string?, Language, string>> Text =
        (sv, en, language) => language == Language.En && en != null ? en : sv;

    /// <summary>The same choice for a text that may be missing in both languages (a note, a description).</summary>
    public static readonly Expression<Func<string?, string?, Language, string?>> OptionalText =
        ((Expression<Func<string?, string?, Language, string?>>)((sv, en, language) => Text.Invoke(sv!, en, language))).Expand();

    /// <summary>The English list where English is asked for (a list has no per-item fallback); else the Swedish list.</summary>
    public static readonly Expression<Func<List<string>, List<string>, Language, List<string>>> List =
        (sv, en, language) => language == Language.En ? en : sv;

    /// <summary>
    /// The same rule for texts already in memory, compiled once. (Compiling an expression that still holds LinqKit's Invoke
    /// would compile the inner expression again on every call.)
    /// </summary>
    public static readonly Func<string?, string?, Language, string?> ChooseText = OptionalText.Compile();

    /// <summary>The list rule for lists already in memory, compiled once.</summary>
    public static readonly Func<List<string>, List<string>, Language, List<string>> ChooseList = List.Compile();
}

/// <summary>
/// A projection written once with the language as a parameter. It is expanded (LinqKit), bound to each language and
/// simplified once, at start, so a request pays nothing for it and EF Core sees the same expression every time.
/// </summary>
public sealed class Projection<T, TResult>
{
    private readonly Expression<Func<T, TResult>>[] _byLanguage;

    public Projection(Expression<Func<T, Language, TResult>> projection)
    {
        var expanded = projection.Expand();
        _byLanguage = [.. Enum.GetValues<Language>().Select(language => Bind(expanded, language))];
    }

    public Expression<Func<T, TResult>> In(Language language) => _byLanguage[(int)language];

    private static Expression<Func<T, TResult>> Bind(Expression<Func<T, Language, TResult>> projection, Language language)
    {
        var body = new Substitute(projection.Parameters[1], Expression.Constant(language)).Visit(projection.Body);
        return Expression.Lambda<Func<T, TResult>>(new FoldConstants().Visit(body), projection.Parameters[0]);
    }

    private sealed class Substitute(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : base.VisitParameter(node);
    }

    /// <summary>
    /// Works out the language's choices here: <c>language == En &amp;&amp; en != null ? en : sv</c> becomes <c>sv</c> in Swedish
    /// and <c>en != null ? en : sv</c> in English. Left in, EF Core would compile and run <c>En == En</c> again on every
    /// execution before it even looks in its query cache (a third of a simple request's CPU, counting the finalizer
    /// cleaning up the compiled delegates), and Swedish SQL would carry a CASE for nothing.
    /// </summary>
    private sealed class FoldConstants : ExpressionVisitor
    {
        protected override Expression VisitBinary(BinaryExpression node)
        {
            var left = Visit(node.Left);
            var right = Visit(node.Right);
            return (node.NodeType, left, right) switch
            {
                (ExpressionType.AndAlso, ConstantExpression { Value: bool known }, _) => known ? right : left,
                (ExpressionType.AndAlso, _, ConstantExpression { Value: true }) => left,
                (ExpressionType.OrElse, ConstantExpression { Value: bool known }, _) => known ? left : right,
                (ExpressionType.OrElse, _, ConstantExpression { Value: false }) => left,
                (_, ConstantExpression, ConstantExpression) => Evaluated(node.Update(left, node.Conversion, right)),
                _ => node.Update(left, node.Conversion, right),
            };
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            var operand = Visit(node.Operand);
            return operand is ConstantExpression && node.NodeType is ExpressionType.Convert or ExpressionType.Not
                ? Evaluated(node.Update(operand))
                : node.Update(operand);
        }

        protected override Expression VisitConditional(ConditionalExpression node)
        {
            var test = Visit(node.Test);
            return test is ConstantExpression { Value: bool known } && (known ? node.IfTrue : node.IfFalse).Type == node.Type
                ? Visit(known ? node.IfTrue : node.IfFalse)
                : node.Update(test, Visit(node.IfTrue), Visit(node.IfFalse));
        }

        private static ConstantExpression Evaluated(Expression constantOnly) =>
            Expression.Constant(Expression.Lambda(constantOnly).Compile().DynamicInvoke(), constantOnly.Type);
    }
}
