namespace OpenData.Api.Querying;

/// <summary>The comparison a filter condition makes. REST and GraphQL both produce these.</summary>
public enum FilterOperator
{
    Eq,
    Neq,
    In,
    Contains,
    StartsWith,
    Gt,
    Gte,
    Lt,
    Lte,
}

/// <summary>A filter as a tree of conditions, independent of the API that expressed it.</summary>
public abstract record FilterNode;

/// <summary>One field compared with one value (or several, for <see cref="FilterOperator.In"/>). Values are already typed.</summary>
public sealed record Condition(string Field, FilterOperator Operator, IReadOnlyList<object> Values) : FilterNode;

/// <summary>
/// A record's code in one of its resource's code columns is one of <paramref name="Codes"/>. Which column means what is the
/// record's own business (a dataset's age groups in one column, its medicines in another), so the parameter that names it comes
/// with the request (<see cref="CodeParameter"/>), not with the resource's definition.
/// </summary>
public sealed record CodeCondition(int Column, IReadOnlyList<string> Codes) : FilterNode;

/// <summary>A filter parameter a request brings along: its name, the code column it selects in, and the codes it may take.</summary>
public sealed record CodeParameter(string Name, int Column, IReadOnlyList<string> Codes)
{
    /// <summary>The condition for <paramref name="given"/>, or the message naming what is wrong with it.</summary>
    public (CodeCondition? Condition, ErrorMessage? Error) Read(IReadOnlyList<string> given)
    {
        if (given.Count == 0 || given.Any(g => g.Length == 0))
        {
            return (null, new("Har ett tomt värde. Ange en eller flera kommaseparerade koder.", "Has an empty value. Give one or more comma-separated codes."));
        }
        if (given.FirstOrDefault(g => !Codes.Contains(g)) is { } unknown)
        {
            return (null, new($"'{Text.Excerpt.Shorten(unknown)}' är ingen kod i {Name}. Koder: {string.Join(", ", Codes)}.",
                $"'{Text.Excerpt.Shorten(unknown)}' is not a code of {Name}. Codes: {string.Join(", ", Codes)}."));
        }
        return (new CodeCondition(Column, [.. given.Distinct()]), null);
    }
}

public sealed record AllOf(IReadOnlyList<FilterNode> Nodes) : FilterNode;

public sealed record AnyOf(IReadOnlyList<FilterNode> Nodes) : FilterNode;

/// <summary>
/// A rolling window: the <paramref name="Count"/> latest values of a field (the last three periods) among the records the rest
/// of the filter matches. Only at the top of a filter, beside its conditions, as REST's lastPeriods and GraphQL's argument put it.
/// </summary>
public sealed record LatestValues(string Field, int Count) : FilterNode
{
    /// <summary>The word a field's filter takes for its one latest value (period=latest).</summary>
    public const string Latest = "latest";

    /// <summary>The widest window: more periods than any dataset spans.</summary>
    public const int MaxCount = 1000;
}

/// <summary>One key of a sort order; descending when written with a leading '-' in REST.</summary>
public sealed record SortKey(string Field, bool Descending)
{
    /// <summary>
    /// For a key on a code column (a dataset's own dimension, <see cref="Field"/> its name): the parameter whose codes' declared
    /// order is the order. Null for the resource's own sort keys.
    /// </summary>
    public CodeParameter? Codes { get; init; }
}
