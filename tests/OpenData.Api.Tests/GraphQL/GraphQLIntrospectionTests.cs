using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>
/// Every option of graphql-js's getIntrospectionQuery (October 2021 specification, plus oneOf) is answered, alone and all
/// together, with the very document graphql-js sends.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class GraphQLIntrospectionTests(SeededApi api)
{
    [Fact]
    public async Task TheIntrospectionQueryWithSpecifiedByUrlRunsAndNoTypeClaimsASpecification()
    {
        var schema = await IntrospectAsync(new() { SpecifiedByUrl = true });

        AssertNoTypeIsSpecifiedByAUrl(schema);
    }

    [Fact]
    public async Task TheIntrospectionQueryWithDirectiveIsRepeatableRunsAndEveryDirectiveSaysItDoesNotRepeat()
    {
        var schema = await IntrospectAsync(new() { DirectiveIsRepeatable = true });

        AssertEveryDirectiveSaysItDoesNotRepeat(schema);
    }

    [Fact]
    public async Task TheIntrospectionQueryWithSchemaDescriptionRunsAndDescribesTheSchema()
    {
        var schema = await IntrospectAsync(new() { SchemaDescription = true });

        AssertTheSchemaIsDescribed(schema);
    }

    [Fact]
    public async Task TheIntrospectionQueryWithInputValueDeprecationRunsAndSaysNoArgumentOrInputFieldIsDeprecated()
    {
        var schema = await IntrospectAsync(new() { InputValueDeprecation = true });

        AssertNoInputValueIsDeprecated(schema);
    }

    [Fact]
    public async Task TheIntrospectionQueryWithOneOfRunsAndNoInputObjectIsOneOf()
    {
        var schema = await IntrospectAsync(new() { OneOf = true });

        AssertNoInputObjectIsOneOf(schema);
    }

    [Fact]
    public async Task TheIntrospectionQueryWithEveryOptionRunsWithinTheIntrospectionLimits()
    {
        var schema = await IntrospectAsync(new()
        {
            SpecifiedByUrl = true, DirectiveIsRepeatable = true, SchemaDescription = true, InputValueDeprecation = true, OneOf = true,
        });

        AssertNoTypeIsSpecifiedByAUrl(schema);
        AssertEveryDirectiveSaysItDoesNotRepeat(schema);
        AssertTheSchemaIsDescribed(schema);
        AssertNoInputValueIsDeprecated(schema);
        AssertNoInputObjectIsOneOf(schema);
    }

    [Fact]
    public async Task TheIntrospectionQueryOfTheGraphiQLPageRuns()
    {
        // wwwroot/js/graphiql-page.js turns these two on.
        var schema = await IntrospectAsync(new() { SchemaDescription = true, InputValueDeprecation = true });

        AssertTheSchemaIsDescribed(schema);
        AssertNoInputValueIsDeprecated(schema);
    }

    private async Task<JsonElement> IntrospectAsync(GraphQLJsIntrospection.Options options)
    {
        var data = await api.Client.QueryAsync(GraphQLJsIntrospection.Query(options));
        var schema = data.GetProperty("__schema");
        Assert.True(schema.GetProperty("types").GetArrayLength() > 50);
        return schema;
    }

    private static void AssertNoTypeIsSpecifiedByAUrl(JsonElement schema)
    {
        var types = Types(schema).ToList();
        Assert.Contains(types, t => t.GetProperty("name").GetString() == "DateTime");
        Assert.All(types, t => Assert.Equal(JsonValueKind.Null, t.GetProperty("specifiedByURL").ValueKind));
    }

    private static void AssertEveryDirectiveSaysItDoesNotRepeat(JsonElement schema)
    {
        var directives = schema.GetProperty("directives").EnumerateArray().ToList();
        Assert.Equal(["deprecated", "include", "skip"], directives.Select(d => d.GetProperty("name").GetString()).Order());
        Assert.All(directives, d => Assert.Equal(JsonValueKind.False, d.GetProperty("isRepeatable").ValueKind));
    }

    private static void AssertTheSchemaIsDescribed(JsonElement schema) =>
        Assert.Contains("Sweden's mental-health infrastructure", schema.GetProperty("description").GetString(), StringComparison.Ordinal);

    private static void AssertNoInputValueIsDeprecated(JsonElement schema)
    {
        var inputValues = Types(schema).SelectMany(t => Items(t, "fields").SelectMany(f => Items(f, "args")).Concat(Items(t, "inputFields")))
            .Concat(schema.GetProperty("directives").EnumerateArray().SelectMany(d => Items(d, "args")))
            .ToList();
        Assert.Contains(inputValues, v => v.GetProperty("name").GetString() == "if");
        Assert.Contains(inputValues, v => v.GetProperty("name").GetString() == "where");
        Assert.All(inputValues, v =>
        {
            Assert.Equal(JsonValueKind.False, v.GetProperty("isDeprecated").ValueKind);
            Assert.Equal(JsonValueKind.Null, v.GetProperty("deprecationReason").ValueKind);
        });
    }

    private static void AssertNoInputObjectIsOneOf(JsonElement schema)
    {
        var types = Types(schema).ToList();
        Assert.Contains(types, t => t.GetProperty("kind").GetString() == "INPUT_OBJECT");
        Assert.All(types, t => Assert.Equal(t.GetProperty("kind").GetString() == "INPUT_OBJECT" ? JsonValueKind.False : JsonValueKind.Null,
            t.GetProperty("isOneOf").ValueKind));
    }

    private static IEnumerable<JsonElement> Types(JsonElement schema) => schema.GetProperty("types").EnumerateArray();

    private static IEnumerable<JsonElement> Items(JsonElement element, string property) =>
        element.GetProperty(property) is { ValueKind: JsonValueKind.Array } items ? items.EnumerateArray() : [];
}

/// <summary>
/// graphql-js 16.9's getIntrospectionQuery(options) (the version bundled with GraphiQL under wwwroot/lib/graphiql), line
/// for line and space for space: each option adds the fields it adds there.
/// </summary>
internal static class GraphQLJsIntrospection
{
    public sealed record Options
    {
        public bool SpecifiedByUrl { get; init; }
        public bool DirectiveIsRepeatable { get; init; }
        public bool SchemaDescription { get; init; }
        public bool InputValueDeprecation { get; init; }
        public bool OneOf { get; init; }
    }

    public static string Query(Options options)
    {
        const string descriptions = "description";
        var specifiedByUrl = options.SpecifiedByUrl ? "specifiedByURL" : "";
        var directiveIsRepeatable = options.DirectiveIsRepeatable ? "isRepeatable" : "";
        var schemaDescription = options.SchemaDescription ? descriptions : "";
        string InputDeprecation(string text) => options.InputValueDeprecation ? text : "";
        var oneOf = options.OneOf ? "isOneOf" : "";
        return "\n" + $$"""
                query IntrospectionQuery {
                  __schema {
                    {{schemaDescription}}
                    queryType { name }
                    mutationType { name }
                    subscriptionType { name }
                    types {
                      ...FullType
                    }
                    directives {
                      name
                      {{descriptions}}
                      {{directiveIsRepeatable}}
                      locations
                      args{{InputDeprecation("(includeDeprecated: true)")}} {
                        ...InputValue
                      }
                    }
                  }
                }

                fragment FullType on __Type {
                  kind
                  name
                  {{descriptions}}
                  {{specifiedByUrl}}
                  {{oneOf}}
                  fields(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    args{{InputDeprecation("(includeDeprecated: true)")}} {
                      ...InputValue
                    }
                    type {
                      ...TypeRef
                    }
                    isDeprecated
                    deprecationReason
                  }
                  inputFields{{InputDeprecation("(includeDeprecated: true)")}} {
                    ...InputValue
                  }
                  interfaces {
                    ...TypeRef
                  }
                  enumValues(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    isDeprecated
                    deprecationReason
                  }
                  possibleTypes {
                    ...TypeRef
                  }
                }

                fragment InputValue on __InputValue {
                  name
                  {{descriptions}}
                  type { ...TypeRef }
                  defaultValue
                  {{InputDeprecation("isDeprecated")}}
                  {{InputDeprecation("deprecationReason")}}
                }

                fragment TypeRef on __Type {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                        ofType {
                          kind
                          name
                          ofType {
                            kind
                            name
                            ofType {
                              kind
                              name
                              ofType {
                                kind
                                name
                                ofType {
                                  kind
                                  name
                                  ofType {
                                    kind
                                    name
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
            """ + "\n  ";
    }
}
