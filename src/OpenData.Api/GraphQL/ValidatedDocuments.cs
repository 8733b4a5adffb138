using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace OpenData.Api.GraphQL;

/// <summary>
/// Documents that parsed, kept within the limits and validated, by their text. Clients send the same few documents again
/// and again with other variables; a document found here skips parsing, the document limits and the specification's
/// validation rules that read only the document, which took a fifth of a small query's CPU. What depends on the request
/// still runs every time: the variables are read and checked, the operation is chosen by name, and the rules added to the
/// specification's (complexity, priced and charged to the client) run.
/// </summary>
public sealed class ValidatedDocuments : IDisposable
{
    /// <summary>Characters of document text kept; the least recently used documents go first.</summary>
    private const long CachedCharacters = 1_000_000;

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = CachedCharacters });

    /// <summary>
    /// The specification's rules to run on a document found here: those that read the variables. The executer adds our own
    /// rules to these as to the full set.
    /// </summary>
    public static IReadOnlyList<IValidationRule> RulesForAValidatedDocument { get; } = [.. DocumentValidator.CoreRules.Where(rule =>
        rule.GetType().GetMethod(nameof(IValidationRule.GetVariableVisitorAsync))?.DeclaringType != typeof(ValidationRuleBase))];

    public GraphQLDocument? Find(string query) => _documents.TryGetValue(query, out GraphQLDocument? document) ? document : null;

    /// <summary>Keeps a document that passed every rule (one refused, over a limit or out of requests, is validated again next time).</summary>
    public void Keep(string query, GraphQLDocument document) => _documents.Set(query, document, new MemoryCacheEntryOptions { Size = query.Length });

    public void Dispose() => _documents.Dispose();
}
