using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace OpenData.Api.GraphQL;

/// <summary>What a browser gets at /graphql instead of the API (an explorer). The pages provide it, so GraphQL does not depend on them.</summary>
public interface IGraphQLBrowserPage
{
    IResult Page(HttpContext http);
}

/// <summary>
/// GraphQL over HTTP: POST with application/json, GET for queries. GraphQL.NET's server package is
/// not available, so the project owns this endpoint.
/// </summary>
public static class GraphQLEndpoint
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";
    public const string RateLimitedItem = "OpenData.GraphQL.RateLimited";
    private const string JsonMediaType = "application/json";

    /// <summary>A browser asks for HTML; GraphQL clients do not.</summary>
    public static bool IsBrowserVisit(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && type.Quality is null or > 0);

    public static async Task HandleAsync(HttpContext http)
    {
        // The same GET address answers a browser with GraphiQL and a client with JSON: caches must keep them apart.
        http.Response.Headers.Vary = "Accept";
        if (IsBrowserVisit(http.Request) && http.RequestServices.GetService<IGraphQLBrowserPage>() is { } browserPage)
        {
            await browserPage.Page(http).ExecuteAsync(http);
            return;
        }
        var responseType = ChooseResponseType(http.Request);
        if (responseType is null)
        {
            await Problem(http, StatusCodes.Status406NotAcceptable,
                $"Accept {GraphQLResponseMediaType} or {JsonMediaType}.");
            return;
        }

        var request = HttpMethods.IsPost(http.Request.Method)
            ? await ReadPostAsync(http)
            : ReadGet(http);
        if (request.Error is { } error)
        {
            await Problem(http, error.Status, error.Detail);
            return;
        }

        var limits = http.RequestServices.GetRequiredService<IOptions<GraphQLLimits>>().Value;
        if (request.VariablesLength > limits.MaxVariablesLength)
        {
            await WriteErrorsAsync(http, responseType, StatusCodes.Status400BadRequest, new LimitViolation("VARIABLES_TOO_LARGE",
                $"The variables have {request.VariablesLength} bytes; the limit is {limits.MaxVariablesLength} (over by {request.VariablesLength - limits.MaxVariablesLength})."));
            return;
        }
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteErrorsAsync(http, responseType, StatusCodes.Status400BadRequest, new LimitViolation("NO_QUERY", "The request has no query."));
            return;
        }
        if (DocumentLimits.CheckText(request.Query, limits) is { } tooBig)
        {
            await WriteErrorsAsync(http, responseType, StatusCodes.Status400BadRequest, tooBig);
            return;
        }

        var validatedDocuments = http.RequestServices.GetRequiredService<ValidatedDocuments>();
        var document = validatedDocuments.Find(request.Query);
        var validated = document is not null;
        if (document is null)
        {
            try
            {
                document = Parser.Parse(request.Query, new ParserOptions { MaxDepth = 64, Ignore = IgnoreOptions.Comments });
            }
            catch (GraphQLParserException e)
            {
                await WriteErrorsAsync(http, responseType, StatusCodes.Status400BadRequest, new LimitViolation("SYNTAX_ERROR", e.Message));
                return;
            }
            if (DocumentLimits.CheckExpandedSelections(document, limits) is { } expanded)
            {
                await WriteErrorsAsync(http, responseType, StatusCodes.Status400BadRequest, expanded);
                return;
            }
            if (DocumentLimits.CheckAliases(document, limits) is { } aliases)
            {
                await WriteErrorsAsync(http, responseType, StatusCodes.Status400BadRequest, aliases);
                return;
            }
        }
        if (await DocumentLimits.CheckNulAsync(document, request.Variables) is { } nul)
        {
            await WriteErrorsAsync(http, responseType, StatusCodes.Status400BadRequest, nul);
            return;
        }
        var operation = SelectedOperation(document, request.OperationName);
        if (HttpMethods.IsGet(http.Request.Method) && operation is { Operation: not OperationType.Query })
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorsAsync(http, responseType, StatusCodes.Status405MethodNotAllowed,
                new LimitViolation("METHOD_NOT_ALLOWED", "Only queries may be sent with GET; send other operations with POST."));
            return;
        }

        if (operation is { Operation: not OperationType.Query })
        {
            await WriteErrorsAsync(http, responseType, StatusCodes.Status400BadRequest, new LimitViolation("OPERATION_NOT_SUPPORTED",
                $"This API is read-only: it has no {operation.Operation.ToString().ToLowerInvariant()} operations, only queries."));
            return;
        }

        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            // Null: every rule. The configured rules (complexity) are added to either.
            ValidationRules = validated ? ValidatedDocuments.RulesForAValidatedDocument : null,
            OperationName = request.OperationName,
            Variables = request.Variables,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
            UnhandledExceptionDelegate = context =>
            {
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoint))
                    .LogError(context.OriginalException, "GraphQL field {Field} failed", context.FieldContext?.FieldDefinition.Name);
                return Task.CompletedTask;
            },
        });
        if (!validated && result.Executed)
        {
            validatedDocuments.Keep(request.Query, document);
        }

        // A document that cannot run (invalid, over a limit) is the client's error; errors while running are reported with 200.
        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK
            : http.Items.ContainsKey(RateLimitedItem) ? StatusCodes.Status429TooManyRequests
            : StatusCodes.Status400BadRequest;
        if (http.Response.StatusCode == StatusCodes.Status429TooManyRequests)
        {
            http.Response.Headers.RetryAfter = http.RequestServices.GetRequiredService<IOptions<Infrastructure.RateLimitOptions>>().Value
                .WindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        http.Response.ContentType = $"{responseType}; charset=utf-8";
        await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static string? ChooseResponseType(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0)
        {
            return GraphQLResponseMediaType;
        }
        foreach (var media in accepted.Where(a => a.Quality is null or > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            var type = media.MediaType.Value;
            if (type is GraphQLResponseMediaType or "*/*" or "application/*")
            {
                return GraphQLResponseMediaType;
            }
            if (type is JsonMediaType)
            {
                return JsonMediaType;
            }
        }
        return null;
    }

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return name is null ? operations.Count == 1 ? operations[0] : null : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }

    private sealed record HttpGraphQLRequest(string? Query, string? OperationName, Inputs? Variables, int VariablesLength, (int Status, string Detail)? Error);

    private static async Task<HttpGraphQLRequest> ReadPostAsync(HttpContext http)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType) || contentType.MediaType.Value != JsonMediaType)
        {
            return Failed(StatusCodes.Status415UnsupportedMediaType, "Send the request as application/json: {\"query\": \"…\", \"variables\": {…}}.");
        }
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException e)
        {
            return Failed(StatusCodes.Status400BadRequest, $"The body is not valid JSON: {e.Message}");
        }
        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Failed(StatusCodes.Status400BadRequest, "The body must be one JSON object with a query; batches (arrays) are not supported.");
            }
            var root = body.RootElement;
            if (!TryString(root, "query", out var query) || !TryString(root, "operationName", out var operationName))
            {
                return Failed(StatusCodes.Status400BadRequest, "query and operationName must be strings.");
            }
            if (!root.TryGetProperty("variables", out var variables) || variables.ValueKind == JsonValueKind.Null)
            {
                return new(query, operationName, null, 0, null);
            }
            if (variables.ValueKind != JsonValueKind.Object)
            {
                return Failed(StatusCodes.Status400BadRequest, "variables must be a JSON object.");
            }
            var raw = variables.GetRawText();
            return new(query, operationName, Deserialize(http, raw), raw.Length, null);
        }
    }

    private static HttpGraphQLRequest ReadGet(HttpContext http)
    {
        var query = http.Request.Query;
        if (query.Any(p => p.Value.Count > 1))
        {
            return Failed(StatusCodes.Status400BadRequest, "Give each of query, operationName and variables at most once.");
        }
        var variables = (string?)query["variables"];
        if (variables is null)
        {
            return new(query["query"], query["operationName"], null, 0, null);
        }
        try
        {
            using var parsed = JsonDocument.Parse(variables);
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Failed(StatusCodes.Status400BadRequest, "variables must be a JSON object.");
            }
        }
        catch (JsonException e)
        {
            return Failed(StatusCodes.Status400BadRequest, $"variables is not valid JSON: {e.Message}");
        }
        return new(query["query"], query["operationName"], Deserialize(http, variables), variables.Length, null);
    }

    private static Inputs? Deserialize(HttpContext http, string json) =>
        http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(json);

    private static bool TryString(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (property.ValueKind != JsonValueKind.String)
        {
            return false;
        }
        value = property.GetString();
        return true;
    }

    private static HttpGraphQLRequest Failed(int status, string detail) => new(null, null, null, 0, (status, detail));

    private static async Task WriteErrorsAsync(HttpContext http, string responseType, int status, LimitViolation violation)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{responseType}; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(violation.Message) { Code = violation.Code }] };
        await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static Task Problem(HttpContext http, int status, string detail) =>
        Results.Problem(statusCode: status, detail: detail, type: $"https://httpstatuses.io/{status}").ExecuteAsync(http);
}
