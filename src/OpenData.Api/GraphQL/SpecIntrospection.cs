using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace OpenData.Api.GraphQL;

/// <summary>
/// Introspection as the October 2021 specification has it, so every option of graphql-js's getIntrospectionQuery
/// (which GraphiQL and code generators send) is answered. GraphQL.NET 8 has __Schema.description and __Type.isOneOf
/// already, and switches for isRepeatable and for deprecated input values; it lacks __Type.specifiedByURL and the
/// includeDeprecated argument of __Directive.args, which this adds to its introspection types.
/// </summary>
public static class SpecIntrospection
{
    public static void Enable(ExperimentalFeatures features)
    {
        features.RepeatableDirectives = true;
        features.DeprecationOfInputValues = true;
    }

    /// <summary>Called for every type before the schema initializes it.</summary>
    public static void Complete(IGraphType type)
    {
        switch (type)
        {
            case __Type typeType:
                AddSpecifiedByUrl(typeType);
                break;
            case __Directive directiveType:
                AddIncludeDeprecatedToArgs(directiveType);
                break;
        }
    }

    private static void AddSpecifiedByUrl(__Type typeType) =>
        typeType.Field<StringGraphType>("specifiedByURL")
            .Description("A URL to the specification of a custom scalar's format; null for every other type.")
            // No scalar of this schema follows a published specification (DateTime and Long say what they take in their
            // descriptions), and the built-in scalars must answer null.
            .Resolve(_ => null);

    private static void AddIncludeDeprecatedToArgs(__Directive directiveType)
    {
        var args = directiveType.GetField("args")!;
        var allArguments = args.Resolver!;
        args.Arguments = new QueryArguments(new QueryArgument<BooleanGraphType>
        {
            Name = "includeDeprecated",
            Description = "Whether deprecated arguments are listed too.",
            DefaultValue = false,
        });
        args.Resolver = new FuncFieldResolver<object?>(async context =>
        {
            var arguments = (IEnumerable<QueryArgument>)(await allArguments.ResolveAsync(context))!;
            return context.GetArgument<bool>("includeDeprecated") ? arguments : arguments.Where(a => string.IsNullOrWhiteSpace(a.DeprecationReason));
        });
    }
}
