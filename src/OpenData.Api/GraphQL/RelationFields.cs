using GraphQL.Types;

namespace OpenData.Api.GraphQL;

/// <summary>
/// Fields a feature adds to another feature's type for a relation it owns (an organisation's networks belong to networks), so the
/// type the relation points from does not know the feature that owns it. The type adds them where its constructor calls
/// <see cref="RelationFields.AddRelations{TGraphType}"/>; every implementation in the assembly is registered, and a type adds
/// them in the order of their classes' full names, so that the order stays put when another feature adds one.
/// </summary>
public interface IRelationFields<in TGraphType> where TGraphType : IComplexGraphType
{
    void AddTo(TGraphType type);
}

public static class RelationFields
{
    /// <summary>Adds the fields other features declare on this type, in the order they are registered in.</summary>
    public static void AddRelations<TGraphType>(this TGraphType type, IEnumerable<IRelationFields<TGraphType>> relations) where TGraphType : IComplexGraphType
    {
        foreach (var relation in relations)
        {
            relation.AddTo(type);
        }
    }
}
