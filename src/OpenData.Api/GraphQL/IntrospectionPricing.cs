using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace OpenData.Api.GraphQL;

/// <summary>
/// Introspection reads the schema, not the database, so GraphiQL may load it for one request and nest it as deep as its
/// query does (15 levels). Its lists are priced at the longest each can be in this schema, so the complexity is an
/// upper bound on the answer's size and a query that nests introspection lists to blow up the answer is refused.
/// </summary>
public static class IntrospectionPricing
{
    public const int MaxDepth = 20;
    public const int MaxComplexity = 2_000_000;

    /// <summary>Each schema's longest lists, measured the first time one of its introspection fields is priced.</summary>
    private static readonly ConditionalWeakTable<ISchema, Dictionary<string, int>> ListLengths = [];

    private static Dictionary<string, int> Measure(ISchema schema)
    {
        var complex = schema.AllTypes.OfType<IComplexGraphType>().ToList();
        static int Max(IEnumerable<int> counts) => counts.DefaultIfEmpty(1).Max();
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["types"] = schema.AllTypes.Count,
            ["fields"] = Max(complex.Where(t => t is not IInputObjectGraphType).Select(t => t.Fields.Count)),
            ["inputFields"] = Max(complex.OfType<IInputObjectGraphType>().Select(t => t.Fields.Count)),
            ["args"] = Max(complex.SelectMany(t => t.Fields).Select(f => f.Arguments?.Count ?? 0)
                .Concat(schema.Directives.Select(d => d.Arguments?.Count ?? 0))),
            ["enumValues"] = Max(schema.AllTypes.OfType<EnumerationGraphType>().Select(t => t.Values.Count)),
            ["interfaces"] = Max(schema.AllTypes.OfType<IImplementInterfaces>().Select(t => t.ResolvedInterfaces.Count)),
            ["possibleTypes"] = Max(schema.AllTypes.OfType<IAbstractGraphType>().Select(t => t.PossibleTypes.Count)),
            ["directives"] = schema.Directives.Count,
        };
    }

    public static bool IsIntrospectionField(FieldImpactContext context) =>
        context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal);

    public static FieldComplexityResult Price(FieldImpactContext context) =>
        context.FieldDefinition.ResolvedType.IsList()
            ? new FieldComplexityResult(1, LongestList(context.ValidationContext.Schema, context.FieldDefinition.Name))
            : new FieldComplexityResult(1, 1);

    private static int LongestList(ISchema schema, string field) => ListLengths.GetValue(schema, Measure).GetValueOrDefault(field, 100);
}
