namespace OpenData.Api.Querying;

/// <summary>En sida av en lista. / One page of a list.</summary>
/// <param name="Items">The records on this page.</param>
/// <param name="TotalCount">How many records match the query, on all pages.</param>
/// <param name="Limit">The page size.</param>
/// <param name="Offset">How many matching records come before this page.</param>
/// <param name="Links">Links to this, the first, previous, next and last page (also in the Link header).</param>
/// <param name="Deleted">With changedSince: the records of this resource deleted since then.</param>
public sealed record Page<T>(
    IReadOnlyList<T> Items,
    int TotalCount,
    int Limit,
    int Offset,
    PageLinks Links,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<DeletedRecord>? Deleted);

/// <summary>Absoluta länkar mellan sidor; null där sidan inte finns. / Absolute links between pages; a link is null where there is no such page.</summary>
/// <param name="Self">This page.</param>
/// <param name="First">The first page.</param>
/// <param name="Prev">The previous page.</param>
/// <param name="Next">The next page. For observations it carries a cursor.</param>
/// <param name="Last">The last page.</param>
public sealed record PageLinks(string Self, string First, string? Prev, string? Next, string? Last);

/// <summary>En post som tagits bort. / A record that was deleted.</summary>
/// <param name="Id">The deleted record's id.</param>
/// <param name="DeletedAt">When it was deleted (RFC 3339, UTC).</param>
public sealed record DeletedRecord(string Id, DateTime DeletedAt);
