using GraphQL.Builders;
using GraphQL.Types;
using OpenData.Api.Data;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Sources;

public sealed class SourceByIdLoader(OpenDataDbContext db) : RecordLoader<string, SourceNode>(db)
{
    protected override IQueryable<SourceNode> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Sources.Where(s => keys.Contains(s.Id)).Select(SourceNode.From);

    protected override string KeyOf(SourceNode node) => node.Id;
}

public static class SourcesFields
{
    /// <summary>The sources a record cites, loaded in one batch for every record of a level.</summary>
    public static FieldBuilder<T, object> SourcesField<T, TKey, TLoader>(this ObjectGraphType<T> type, Func<T, TKey> keyOf,
        string description = "Dokumenten som anger uppgifterna. / The documents that state these facts.")
        where TKey : notnull where TLoader : RelationLoader<TKey, SourceNode> =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("sources").Description(description)
            .Resolve(context => context.Loader<TLoader>().Load(keyOf(context.Source)));
}
