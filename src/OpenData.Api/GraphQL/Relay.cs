using System.Text;
using GraphQL;
using GraphQL.Types;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.GraphQL;

/// <summary>Relay global ids: the type name and the record's plain id, base64-encoded ("Organisation:skr").</summary>
public static class GlobalId
{
    public static string Encode(string type, string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{id}"));

    public static bool TryDecode(string globalId, out string type, out string id)
    {
        (type, id) = ("", "");
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(globalId));
            var separator = text.IndexOf(':', StringComparison.Ordinal);
            if (separator <= 0)
            {
                return false;
            }
            (type, id) = (text[..separator], text[(separator + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

/// <summary>An object with a global id, fetchable with node(id).</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Ett objekt med ett globalt id som node(id) hämtar. / An object with a global id that node(id) fetches.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Globalt, ogenomskinligt id. / Global, opaque id.");
    }
}

public static class NodeExtensions
{
    /// <summary>Implements Node: a global id made of the type name and the record's plain id.</summary>
    public static void IsNode<T>(this ObjectGraphType<T> type, Func<T, string> plainId)
    {
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Globalt, ogenomskinligt id för node(id). / Global, opaque id for node(id).")
            .Resolve(context => GlobalId.Encode(type.Name, plainId(context.Source)));
    }
}

/// <summary>One page of a connection.</summary>
/// <param name="TotalCount">How many records match; null when the query did not ask (then nobody counted them).</param>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount);

public sealed record Edge<T>(T Node, string Cursor);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Var sidan ligger i hela listan. / Where the page lies in the whole list.";
        Field(p => p.HasNextPage).Description("Om det finns poster efter sidan. / Whether there are records after the page.");
        Field(p => p.HasPreviousPage).Description("Om det finns poster före sidan. / Whether there are records before the page.");
        Field(p => p.StartCursor, nullable: true).Description("Markören för sidans första post. / Cursor of the page's first record.");
        Field(p => p.EndCursor, nullable: true).Description("Markören för sidans sista post. / Cursor of the page's last record.");
    }
}

public sealed class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>> where TNodeType : IGraphType
{
    public EdgeType()
    {
        var nodeName = NodeName.Of<TNodeType>();
        Name = $"{nodeName}Edge";
        Description = $"En post i en lista av {nodeName} med sin markör. / A {nodeName} in a list, with its cursor.";
        Field<NonNullGraphType<TNodeType>>("node").Description("Posten. / The record.").Resolve(context => context.Source.Node);
        Field(e => e.Cursor).Description("Markör att ge som after eller before. / Cursor to pass as after or before.");
    }
}

public abstract class ConnectionType<TNodeType, T> : ObjectGraphType<Connection<T>> where TNodeType : IGraphType
{
    protected ConnectionType()
    {
        var nodeName = NodeName.Of<TNodeType>();
        Name = $"{nodeName}Connection";
        Description = $"En sida av en lista av {nodeName} (Relay-connection). / A page of a list of {nodeName} (Relay connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, T>>>>>("edges")
            .Description("Sidans poster med markörer. / The page's records with cursors.").Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("Sidans poster. / The page's records.").Resolve(context => context.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Sidans läge i listan. / The page's place in the list.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>(PageWindow.TotalCountField).Description("Antal poster som matchar, på alla sidor. / How many records match, on all pages.")
            .Resolve(context => context.Source.TotalCount ?? throw new InvalidOperationException("The records were not counted, though totalCount was asked for."));
    }
}

internal static class NodeName
{
    /// <summary>"OrganisationGraphType" → "Organisation".</summary>
    public static string Of<TNodeType>() => typeof(TNodeType).Name.Replace("GraphType", "", StringComparison.Ordinal);
}

/// <summary>
/// The page sizes of one connection field, from the same Limits settings as REST, and what its pages count in the complexity:
/// each record of a page counts <see cref="RecordWeight"/> and each field inside a record <see cref="FieldWeight"/>
/// (<see cref="PagePricing"/>). Kept in the field's metadata, where paging and pricing read them.
/// </summary>
public sealed record PageSizes(int Default, int Max, double RecordWeight, double FieldWeight)
{
    private const string MetadataKey = "OpenData.PageSizes";

    /// <summary>How many fields inside an observation count 1 together: a full page with a REST row's fields (12 in GraphQL) then fits.</summary>
    public const int ObservationFieldsPerUnit = 20;

    /// <summary>Lists of records: every field counts 1, as everywhere else.</summary>
    public static PageSizes Records(PagingLimits limits) => new(limits.DefaultPageSize, limits.MaxPageSize, RecordWeight: 0, FieldWeight: 1);

    /// <summary>
    /// Observations come in pages as large as REST's (10 000 by default), where, with every field counting 1, a full page of
    /// just two fields would pass the complexity limit. Each observation counts 1, so no request reads more observations
    /// than the complexity limit, and each field inside it 1/20, so a full page may carry every field of a REST row.
    /// </summary>
    public static PageSizes Observations(PagingLimits limits) =>
        new(limits.DefaultPageSize, limits.MaxObservationPageSize, RecordWeight: 1, FieldWeight: 1.0 / ObservationFieldsPerUnit);

    public static PageSizes? Of(FieldType field) => field.GetMetadata<PageSizes?>(MetadataKey);

    public void Declare(FieldType field) => field.Metadata[MetadataKey] = this;
}

/// <summary>Relay paging arguments, read and checked against the connection's page sizes: a window of the matching records.</summary>
public sealed record PageWindow(int? First, int? After, int? Last, int? Before)
{
    public const string TotalCountField = "totalCount";

    public static PageWindow From(IResolveFieldContext context)
    {
        var sizes = PageSizes.Of(context.FieldDefinition)!;
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value < 0 || value > sizes.Max)
            {
                throw new ExecutionError($"{name} must be between 0 and {sizes.Max}; it was {value}.") { Code = "PAGE_SIZE" };
            }
        }
        if (first is null && last is null)
        {
            first = sizes.Default;
        }
        return new PageWindow(first, ReadCursor(context, "after"), last, ReadCursor(context, "before"));
    }

    /// <summary>
    /// A window read from its start (first, maybe after) needs no count unless totalCount is asked for: one more record than
    /// the page tells whether another page follows. Windows counted from the end (last, before) need the count.
    /// </summary>
    public bool NeedsCount(IResolveFieldContext context) =>
        Last is not null || Before is not null || context.SubFields?.Values.Any(f => f.FieldType.Name == TotalCountField) != false;

    /// <summary>The records [Skip, Skip + Take) of <paramref name="total"/>; of a list not counted (null), as if it had no end.</summary>
    public (int Skip, int Take) Slice(int? total)
    {
        var start = After is { } after ? after + 1 : 0;
        var end = Before is { } before ? Math.Min(before, total ?? int.MaxValue) : total ?? int.MaxValue;
        end = Math.Max(start, end);
        if (First is { } first)
        {
            end = Math.Min(end, start + first);
        }
        if (Last is { } last)
        {
            start = Math.Max(start, end - last);
        }
        return (start, Math.Max(0, end - start));
    }

    public static Connection<T> ToConnection<T>(IReadOnlyList<T> items, int skip, int total) => ToConnection(items, skip, skip + items.Count < total, total);

    /// <param name="total">Null when the records were not counted.</param>
    public static Connection<T> ToConnection<T>(IReadOnlyList<T> items, int skip, bool hasNextPage, int? total) =>
        new(
            [.. items.Select((item, i) => new Edge<T>(item, Cursor(skip + i)))],
            new PageInfo(hasNextPage, skip > 0, items.Count > 0 ? Cursor(skip) : null, items.Count > 0 ? Cursor(skip + items.Count - 1) : null),
            total);

    private static string Cursor(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"position:{position}"));

    private static int? ReadCursor(IResolveFieldContext context, string name)
    {
        if (context.GetArgument<string?>(name) is not { } cursor)
        {
            return null;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("position:", StringComparison.Ordinal) && int.TryParse(text[9..], out var position) && position >= 0)
            {
                return position;
            }
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError($"{name} is not a cursor of this connection.") { Code = "INVALID_CURSOR" };
    }
}
