using System.Net;
using System.Text;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>Limits on depth, complexity, size, tokens, aliases and variables; each names the limit it broke.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class GraphQLLimitsTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    [Fact]
    public async Task ApiInfoPublishesTheGraphQLLimits()
    {
        var info = await Client.GetJsonAsync("/api/v1/api-info");
        var limits = info.GetProperty("limits").GetProperty("graphQL");

        Assert.Equal(12, limits.GetProperty("maxDepth").GetInt32());
        Assert.Equal(20_000, limits.GetProperty("maxComplexity").GetInt32());
        Assert.Equal(10_000, limits.GetProperty("maxDocumentLength").GetInt32());
        Assert.Equal(30, limits.GetProperty("maxAliases").GetInt32());
        Assert.Equal(100, limits.GetProperty("maxPageSize").GetInt32());
        Assert.Equal(10_000, limits.GetProperty("maxObservationPageSize").GetInt32());
    }

    [Fact]
    public async Task ATooDeepQueryIsRejectedSayingByHowMuch()
    {
        var query = "{ organisation(id: \"uppdrag-psykisk-halsa\") { " + string.Concat(Enumerable.Repeat("parent { ", 14)) + "slug" + new string('}', 15) + " }";

        var error = await Client.QueryErrorAsync(query, HttpStatusCode.BadRequest);

        Assert.Contains("12", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("depth", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ATooComplexQueryIsRejectedSayingByHowMuch()
    {
        const string query = "{ organisations(first: 100) { nodes { children { children { slug name } } memberships { network { members(first: 100) { nodes { organisation { slug name kind } } } } } } } }";

        var error = await Client.QueryErrorAsync(query, HttpStatusCode.BadRequest);

        Assert.Contains("20000", error.GetProperty("message").GetString()!.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("complex", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AFullPageOfObservationsIsWithinTheComplexityLimitButTwoAreNot()
    {
        const string page = "observations(first: 10000) { nodes { id indicatorCode area { code name } period sex value status note source { slug } } }";

        await Client.QueryAsync($"{{ dataset(id: \"scb-folkmangd\") {{ {page} }} }}");
        var error = await Client.QueryErrorAsync($"{{ datasets(first: 2) {{ nodes {{ {page} }} }} }}", HttpStatusCode.BadRequest);

        Assert.Contains("complex", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task IntrospectionNestedToBlowUpTheAnswerIsRejected()
    {
        const string query = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }";

        var error = await Client.QueryErrorAsync(query, HttpStatusCode.BadRequest);

        Assert.Contains("complex", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheIntrospectionQueryOfGraphiQLRunsThoughItIsDeeperThanTheDepthLimit()
    {
        // graphql-js getIntrospectionQuery(), as GraphiQL sends it: 15 levels deep through ofType.
        const string typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }";
        var query = $$"""
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { {{typeRef}} }
            """;

        var data = await Client.QueryAsync(query);

        Assert.True(data.GetProperty("__schema").GetProperty("types").GetArrayLength() > 50);
    }

    [Fact]
    public async Task TheBatchedNetworkQueryOfTheIssueIsWithinTheLimits()
    {
        var data = await Client.QueryAsync("{ networks(first: 10) { nodes { members(first: 50) { nodes { organisation { slug parent { slug } } } } } } }");

        Assert.Equal(8, data.GetProperty("networks").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task AnOversizedDocumentIsRejected()
    {
        var query = "{ areas { totalCount } }" + new string(' ', 10_001);

        var error = await Client.QueryErrorAsync(query, HttpStatusCode.BadRequest);

        Assert.Equal("DOCUMENT_TOO_LARGE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("over by", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyTokensAreRejected()
    {
        var query = "{ areas { " + string.Join(" ", Enumerable.Repeat("x", 2_100)) + " } }";

        var error = await Client.QueryErrorAsync(query, HttpStatusCode.BadRequest);

        Assert.Equal("TOO_MANY_TOKENS", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task TooManyAliasesAreRejected()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 31).Select(i => $"a{i}: area(code: \"00\") {{ code }}")) + " }";

        var error = await Client.QueryErrorAsync(query, HttpStatusCode.BadRequest);

        Assert.Equal("TOO_MANY_ALIASES", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("31", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AliasesInsideFragmentsCount()
    {
        var query = "{ ...many } fragment many on Query { " + string.Join(" ", Enumerable.Range(0, 31).Select(i => $"a{i}: area(code: \"00\") {{ code }}")) + " }";

        var error = await Client.QueryErrorAsync(query, HttpStatusCode.BadRequest);

        Assert.Equal("TOO_MANY_ALIASES", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>Fragment Fi spreads F(i+1) twice, so the document is small but stands for 2^levels selections.</summary>
    public static TheoryData<string, int> DoublingFragments()
    {
        var data = new TheoryData<string, int>();
        foreach (var levels in new[] { 27, 40 })
        {
            data.Add(Doubling(levels, i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}", $"fragment F{levels} on Query {{ __typename }}", "{ ...F0 }"), levels);
            data.Add(Doubling(levels, i => $"fragment F{i} on Area {{ parent {{ ...F{i + 1} }} code ... on Area {{ ...F{i + 1} }} }}", $"fragment F{levels} on Area {{ code }}",
                "{ area(code: \"01\") { ...F0 } }"), levels);
            data.Add(Doubling(levels, i => $"fragment F{i} on Query {{ a: __typename ...F{i + 1} ...F{i + 1} }}", $"fragment F{levels} on Query {{ __typename }}",
                "query Q { ...F0 }"), levels);
        }
        return data;

        static string Doubling(int levels, Func<int, string> fragment, string last, string operation) =>
            operation + " " + string.Join(" ", Enumerable.Range(0, levels).Select(fragment)) + " " + last;
    }

    [Theory]
    [MemberData(nameof(DoublingFragments))]
    public async Task FragmentsThatMultiplyAreRefusedBeforeValidationWalksThem(string query, int levels)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = await Client.QueryErrorAsync(query, HttpStatusCode.BadRequest);
        clock.Stop();

        Assert.Equal("TOO_MANY_SELECTIONS", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("5000", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        // Not a speed target (the benchmark measures that): walking 2^27 selections takes a minute, so seconds mean they were not walked.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"2^{levels} expansions took {clock.Elapsed}");
    }

    [Fact]
    public async Task FragmentsSpreadWithinTheLimitRun()
    {
        var query = "{ area(code: \"01\") { ...F0 } } " + string.Join(" ", Enumerable.Range(0, 8).Select(i => $"fragment F{i} on Area {{ code ...F{i + 1} ...F{i + 1} }}"))
            + " fragment F8 on Area { name }";

        var data = await Client.QueryAsync(query);

        Assert.Equal("01", data.GetProperty("area").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ApiInfoPublishesTheLimitOnExpandedSelections()
    {
        var info = await Client.GetJsonAsync("/api/v1/api-info");

        Assert.Equal(5_000, info.GetProperty("limits").GetProperty("graphQL").GetProperty("maxExpandedSelections").GetInt32());
    }

    [Fact]
    public async Task HugeVariablesAreRejected()
    {
        var error = await Client.QueryErrorAsync("query($code: String!) { area(code: $code) { code } }", HttpStatusCode.BadRequest, new { code = new string('x', 20_000) });

        Assert.Equal("VARIABLES_TOO_LARGE", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AFragmentCycleIsAnInvalidDocument()
    {
        var error = await Client.QueryErrorAsync("{ ...a } fragment a on Query { ...b } fragment b on Query { ...a }", HttpStatusCode.BadRequest);

        Assert.Contains("within itself", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeeplyNestedSyntaxIsRejectedWithoutCrashing()
    {
        var query = "{ areas(where: " + string.Concat(Enumerable.Repeat("{ and: [", 200)) + "{}" + string.Concat(Enumerable.Repeat("] }", 200)) + ") { totalCount } }";

        var (status, body) = await Client.PostGraphQLAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task ErrorsCarryACodeAndNoStackTrace()
    {
        var response = await Client.PostAsync("/graphql", new StringContent("""{"query":"{ areas(first: 1000) { totalCount } }"}""", Encoding.UTF8, "application/json"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("PAGE_SIZE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("at OpenData", body.ToString(), StringComparison.Ordinal);
    }
}
