using GraphQLParser;
using GraphQLParser.AST;

namespace OpenData.Api.GraphQL;

/// <summary>What one GraphQL request may ask for; bound from the "GraphQL" configuration section and published in api-info.</summary>
public sealed class GraphQLLimits
{
    /// <summary>Characters in the query document.</summary>
    public int MaxDocumentLength { get; set; } = 10_000;
    /// <summary>Lexical tokens in the query document.</summary>
    public int MaxTokens { get; set; } = 2_000;
    /// <summary>Aliased fields in the query document.</summary>
    public int MaxAliases { get; set; } = 30;
    /// <summary>Nesting of fields.</summary>
    public int MaxDepth { get; set; } = 12;
    /// <summary>Estimated cost: every field counts 1, multiplied by the first/last of the connections above it.</summary>
    public int MaxComplexity { get; set; } = 20_000;
    /// <summary>Bytes of the variables.</summary>
    public int MaxVariablesLength { get; set; } = 16_384;
    /// <summary>Records per connection page (first/last).</summary>
    public int MaxPageSize => PageWindow.MaxPageSize;
}

/// <summary>A request that breaks a limit: which limit, the allowed value and what was sent.</summary>
public sealed record LimitViolation(string Code, string Message);

public static class DocumentLimits
{
    /// <summary>Checks size and token count before parsing, so a huge document costs little.</summary>
    public static LimitViolation? CheckText(string query, GraphQLLimits limits)
    {
        if (query.Length > limits.MaxDocumentLength)
        {
            return new("DOCUMENT_TOO_LARGE",
                $"The document has {query.Length} characters; the limit is {limits.MaxDocumentLength} (over by {query.Length - limits.MaxDocumentLength}).");
        }
        var tokens = 0;
        var position = 0;
        while (true)
        {
            var token = Lexer.Lex(query, position);
            if (token.Kind == TokenKind.EOF)
            {
                break;
            }
            position = token.End;
            if (++tokens > limits.MaxTokens)
            {
                return new("TOO_MANY_TOKENS", $"The document has more than {limits.MaxTokens} tokens, the limit.");
            }
        }
        return null;
    }

    /// <summary>Counts aliases over the whole document (fragments included).</summary>
    public static LimitViolation? CheckAliases(GraphQLDocument document, GraphQLLimits limits)
    {
        var aliases = 0;
        var pending = new Stack<ASTNode>(document.Definitions);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            switch (node)
            {
                case GraphQLField field:
                    if (field.Alias is not null)
                    {
                        aliases++;
                    }
                    Push(field.SelectionSet);
                    break;
                case GraphQLOperationDefinition operation:
                    Push(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    Push(fragment.SelectionSet);
                    break;
                case GraphQLInlineFragment inline:
                    Push(inline.SelectionSet);
                    break;
            }
        }
        return aliases > limits.MaxAliases
            ? new("TOO_MANY_ALIASES", $"The document has {aliases} aliases; the limit is {limits.MaxAliases} (over by {aliases - limits.MaxAliases}).")
            : null;

        void Push(GraphQLSelectionSet? set)
        {
            foreach (var selection in set?.Selections ?? [])
            {
                pending.Push(selection);
            }
        }
    }
}
