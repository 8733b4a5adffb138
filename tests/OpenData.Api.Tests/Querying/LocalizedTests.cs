using System.Linq.Expressions;
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
