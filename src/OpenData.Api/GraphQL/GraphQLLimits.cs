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
    /// <summary>
    /// Selections once every fragment spread is replaced by its fragment. Fragments that spread each other twice over
    /// double the document at every level: a 1 KB document can stand for 2^40 fields, which validation would walk one by one.
    /// </summary>
    public int MaxExpandedSelections { get; set; } = 5_000;
    /// <summary>Bytes of the variables.</summary>
    public int MaxVariablesLength { get; set; } = 16_384;
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

    /// <summary>
    /// Counts the selections of the document as validation and execution would see them, with every fragment spread
    /// expanded. Each fragment's size is worked out once, so the count costs time in proportion to the document's
    /// length however many times its fragments multiply; it stops as soon as the limit is passed.
    /// </summary>
    public static LimitViolation? CheckExpandedSelections(GraphQLDocument document, GraphQLLimits limits)
    {
        var expanded = new FragmentExpansion(document, limits.MaxExpandedSelections).Count();
        return expanded > limits.MaxExpandedSelections
            ? new("TOO_MANY_SELECTIONS",
                $"With its fragments expanded the document has more than {limits.MaxExpandedSelections} selections, the limit{(expanded < FragmentExpansion.Unbounded ? $" (it has {expanded})" : "")}. Spread fragments fewer times.")
            : null;
    }

    private sealed class FragmentExpansion(GraphQLDocument document, long limit)
    {
        public const long Unbounded = long.MaxValue;
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .DistinctBy(f => f.FragmentName.Name.StringValue).ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);
        private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

        /// <summary>Selections of every operation together; more than the limit comes back as <see cref="Unbounded"/> or the first sum past it.</summary>
        public long Count()
        {
            long total = 0;
            foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            {
                total = Add(total, SizeOf(operation.SelectionSet));
            }
            return total;
        }

        private long SizeOf(GraphQLSelectionSet? set)
        {
            long size = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                size = Add(size, selection switch
                {
                    GraphQLField field => Add(1, SizeOf(field.SelectionSet)),
                    GraphQLInlineFragment inline => Add(1, SizeOf(inline.SelectionSet)),
                    GraphQLFragmentSpread spread => Add(1, SizeOf(spread.FragmentName.Name.StringValue)),
                    _ => 1,
                });
                if (size > limit)
                {
                    break;
                }
            }
            return size;
        }

        private long SizeOf(string fragmentName)
        {
            if (_sizes.TryGetValue(fragmentName, out var known))
            {
                return known;
            }
            // An unknown fragment or a cycle is validation's to report; here it adds nothing.
            if (!_fragments.TryGetValue(fragmentName, out var fragment) || !_expanding.Add(fragmentName))
            {
                return 0;
            }
            var size = SizeOf(fragment.SelectionSet);
            _expanding.Remove(fragmentName);
            _sizes[fragmentName] = size;
            return size;
        }

        private long Add(long a, long b) => a > limit || b > limit ? Unbounded : a + b;
    }

    /// <summary>
    /// A NUL character in a string of the document or its variables: no stored text holds one (PostgreSQL cannot store it), so it
    /// could never match; said plainly rather than failing in the database.
    /// </summary>
    public static async ValueTask<LimitViolation?> CheckNulAsync(GraphQLDocument document, global::GraphQL.Inputs? variables)
    {
        var context = new NulFinder.Context();
        await new NulFinder().VisitAsync(document, context);
        return context.Found || (variables?.Values.Any(ContainsNul) ?? false)
            ? new("NUL_CHARACTER", "A string in the query or its variables contains a NUL character (\\u0000), which no text here holds.")
            : null;

        static bool ContainsNul(object? value) => value switch
        {
            string text => text.Contains('\0'),
            IEnumerable<KeyValuePair<string, object?>> fields => fields.Any(field => field.Key.Contains('\0') || ContainsNul(field.Value)),
            System.Collections.IEnumerable items => items.Cast<object?>().Any(ContainsNul),
            _ => false,
        };
    }

    private sealed class NulFinder : GraphQLParser.Visitors.ASTVisitor<NulFinder.Context>
    {
        public sealed class Context : GraphQLParser.Visitors.IASTVisitorContext
        {
            public bool Found { get; set; }

            public CancellationToken CancellationToken => CancellationToken.None;
        }

        protected override ValueTask VisitStringValueAsync(GraphQLStringValue stringValue, Context context)
        {
            context.Found |= stringValue.Value.Span.Contains('\0');
            return ValueTask.CompletedTask;
        }
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
