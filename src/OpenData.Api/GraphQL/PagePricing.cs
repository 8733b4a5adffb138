using GraphQL.Validation.Complexity;

namespace OpenData.Api.GraphQL;

/// <summary>
/// Prices connection pages by their <see cref="PageSizes"/>: a page asked for without first or last holds the default page
/// size; each record of a page counts the connection's record weight and each field inside a record its field weight. A
/// list inside a record multiplies as everywhere else.
/// </summary>
public static class PagePricing
{
    public static FieldComplexityResult Price(FieldImpactContext context, FieldComplexityResult estimate)
    {
        var impact = estimate.FieldImpact * (EnclosingPage(context)?.FieldWeight ?? 1);
        if (PageOf(context) is not { } page)
        {
            return new(impact, estimate.ChildImpactMultiplier);
        }
        return new(impact + page.Records * page.Sizes.RecordWeight, page.Records);
    }

    /// <summary>The page sizes of the connection whose records the field is inside: the nearest list above it is that page.</summary>
    private static PageSizes? EnclosingPage(FieldImpactContext context)
    {
        for (var parent = context.Parent; parent is { } field; parent = field.Parent)
        {
            if (field.FieldDefinition.ResolvedType.IsList())
            {
                return PageOf(field)?.Sizes;
            }
        }
        return null;
    }

    /// <summary>For a connection's nodes or edges: the connection's page sizes and how many records the page holds at most.</summary>
    private static (PageSizes Sizes, int Records)? PageOf(FieldImpactContext field)
    {
        if (!field.FieldDefinition.ResolvedType.IsList() || field.Parent is not { } connection || PageSizes.Of(connection.FieldDefinition) is not { } sizes)
        {
            return null;
        }
        return (sizes, Asked(connection, "first") ?? Asked(connection, "last") ?? sizes.Default);
    }

    private static int? Asked(FieldImpactContext connection, string argument) =>
        connection.Arguments?.TryGetValue(argument, out var value) == true && value.Value is int size ? size : null;
}
