namespace OpenData.Api.Querying;

/// <summary>
/// Filters a feature adds to another feature's resource for a relation it owns ("organisations in network X" belongs to networks).
/// The resource's definition picks them up with <see cref="QueryDefinition{T}.WithRelationsOfOtherFeatures"/>, so the feature the
/// relation points from does not know the feature that owns it.
/// </summary>
public interface IQueryRelations<T>
{
    void AddTo(QueryDefinition<T> definition);
}
