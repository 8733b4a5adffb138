using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace OpenData.Api.GraphQL;

/// <summary>
/// Documents that parsed, kept within the limits and validated, by their text. Clients send the same few documents again
/// and again with other variables; a document found here skips parsing, the document limits and the specification's
/// validation rules, which took a fifth of a small query's CPU. What depends on the request still runs every time: the
/// variables are read and checked, the operation is chosen by name, and complexity is priced and charged to the client.
/// </summary>
public sealed class ValidatedDocuments : IConfigureExecution, IDisposable
{
    /// <summary>Characters of document text kept; the least recently used documents go first.</summary>
    private const long CachedCharacters = 1_000_000;
    private const string FromCacheKey = "OpenData.GraphQL.ValidatedDocument";

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = CachedCharacters });

    public GraphQLDocument? Find(string query) => _documents.TryGetValue(query, out GraphQLDocument? document) ? document : null;

    /// <summary>Runs <paramref name="options"/> with a document <see cref="Find"/> returned.</summary>
    public static void MarkFound(ExecutionOptions options) => options.UserContext[FromCacheKey] = true;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var found = options.UserContext.ContainsKey(FromCacheKey);
        if (found)
        {
            options.ValidationRules = [.. (options.ValidationRules ?? DocumentValidator.CoreRules).Where(ReadsTheRequest)];
        }
        var result = await next(options);
        // Executed: every rule passed. A document refused (over a limit, or out of requests) is validated again next time.
        if (!found && result.Executed && options is { Query: { } query, Document: { } document })
        {
            _documents.Set(query, document, new MemoryCacheEntryOptions { Size = query.Length });
        }
        return result;
    }

    /// <summary>After the option configurations, which add the complexity rule.</summary>
    public float SortOrder => 200;

    /// <summary>The specification's rules that read only the document, not the variables.</summary>
    private static readonly HashSet<IValidationRule> DocumentOnlyRules = [.. DocumentValidator.CoreRules.Where(rule =>
        rule.GetType().GetMethod(nameof(IValidationRule.GetVariableVisitorAsync))?.DeclaringType == typeof(ValidationRuleBase))];

    /// <summary>A rule added to the specification's (complexity and its charge) or one that reads the variables.</summary>
    private static bool ReadsTheRequest(IValidationRule rule) => !DocumentOnlyRules.Contains(rule);

    public void Dispose() => _documents.Dispose();
}
