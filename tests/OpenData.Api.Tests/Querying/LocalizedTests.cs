using System.Linq.Expressions;
using System.Reflection;
using LinqKit;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Tests.Querying;

public sealed class LocalizedTests
{
    [Theory]
    [InlineData(Language.Sv, "Kommun", "Municipality", "Kommun")]
    [InlineData(Language.En, "Kommun", "Municipality", "Municipality")]
    [InlineData(Language.En, "Kommun", null, "Kommun")]
    [InlineData(Language.En, null, null, null)]
    public void EnglishIsChosenWhereAskedForAndGivenElseSwedish(Language language, string? sv, string? en, string? expected) =>
        Assert.Equal(expected, Localized.ChooseText(sv, en, language));

    [Fact]
    public void TheLanguageExpressionsHoldNoInvokeLeftToExpand()
    {
        // An Invoke left in an expression is compiled again on every call once the expression is compiled (a JSON-stat download
        // of a million rows went from 6 s to past the request timeout), and EF Core cannot translate it without AsExpandable.
        foreach (var expression in new LambdaExpression[] { Localized.Text, Localized.OptionalText, Localized.List })
        {
            Assert.False(InvokeFinder.Finds(expression), $"{expression} still calls Invoke.");
        }
    }

    [Fact]
    public void EveryProjectionIsBoundToItsLanguageWithNothingLeftForEfCoreToEvaluatePerRequest()
    {
        // EF Core compiles and runs any part of a query made only of constants (language == En) on every execution, before
        // its query cache; that cost a third of a simple request's CPU.
        var projections = typeof(Projection<,>).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(Projection<,>))
            .ToList();
        Assert.True(projections.Count > 10, $"Found only {projections.Count} projections.");
        foreach (var field in projections)
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                var projection = (LambdaExpression)field.FieldType.GetMethod("In")!.Invoke(field.GetValue(null), [language])!;
                Assert.Null(ConstantOnlyFinder.Find(projection));
            }
        }
    }

    [Fact]
    public void ASwedishProjectionReadsTheSwedishColumnAndAnEnglishOneFallsBackToIt()
    {
        var project = new Projection<OpenData.Api.Areas.Area, string>((a, language) => Localized.Text.Invoke(a.NameSv, a.NameEn, language));
        Assert.Equal("a => a.NameSv", project.In(Language.Sv).ToString());
        Assert.Equal("a => IIF((a.NameEn != null), a.NameEn, a.NameSv)", project.In(Language.En).ToString());
    }

    /// <summary>Finds an operation whose operands are all constants.</summary>
    private sealed class ConstantOnlyFinder : ExpressionVisitor
    {
        private Expression? _found;

        public static Expression? Find(Expression expression)
        {
            var finder = new ConstantOnlyFinder();
            finder.Visit(expression);
            return finder._found;
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node is { Left: ConstantExpression, Right: ConstantExpression } || node.NodeType is ExpressionType.AndAlso or ExpressionType.OrElse
                && (node.Left is ConstantExpression || node.Right is ConstantExpression))
            {
                _found ??= node;
            }
            return base.VisitBinary(node);
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            if (node.Operand is ConstantExpression)
            {
                _found ??= node;
            }
            return base.VisitUnary(node);
        }

        protected override Expression VisitConditional(ConditionalExpression node)
        {
            if (node.Test is ConstantExpression)
            {
                _found ??= node;
            }
            return base.VisitConditional(node);
        }
    }

    private sealed class InvokeFinder : ExpressionVisitor
    {
        private bool _found;

        public static bool Finds(Expression expression)
        {
            var finder = new InvokeFinder();
            finder.Visit(expression);
            return finder._found;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            _found |= node.Method.Name == "Invoke";
            return base.VisitMethodCall(node);
        }
    }
}
