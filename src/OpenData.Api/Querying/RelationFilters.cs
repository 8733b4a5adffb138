namespace OpenData.Api.Querying;

/// <summary>
/// Filters a feature adds to another feature's resource for a relation it owns ("organisations in network X" belongs to networks).
/// The resource's definition picks them up with <see cref="QueryDefinition{T}.WithRelationFilters"/>, so the feature the
/// relation points from does not know the feature that owns it.
/// </summary>
/// <remarks>
/// Made with its parameterless constructor while the resource's definition is first built, so it must not read that
/// definition (it is not assigned yet); it adds filters with <see cref="QueryDefinition{T}.Relation{TValue}(string, Func{Data.OpenDataDbContext, List{TValue}, System.Linq.Expressions.Expression{Func{T, bool}}}, string, string)"/>.
/// </remarks>
public interface IRelationFilters<T>
{
    void AddTo(QueryDefinition<T> definition);
}
