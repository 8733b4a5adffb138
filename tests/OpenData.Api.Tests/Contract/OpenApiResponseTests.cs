using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Contract;

/// <summary>
/// Every request in http/*.http (each list with filters, each detail, each error) is sent, and what comes back is
/// checked against the live OpenAPI document as a generated client would trust it: the status and media type are
/// documented for the operation, and a JSON body validates against the documented schema (JSON Schema 2020-12).
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class OpenApiResponseTests(SeededApi api)
{
    private static readonly Uri DocumentUri = new("https://opendata.test/openapi/v1.json");
    private static OpenApiDocument? _document;

    public static TheoryData<string, int> Requests() => HttpFile.AllRequests();

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EveryAnswerIsWhatTheOpenApiDocumentSays(string file, int index)
    {
        var request = HttpFile.Request(file, index);
        var document = await DocumentAsync();
        if (!request.Path.StartsWith("/api/v1", StringComparison.Ordinal))
        {
            return;
        }

        var response = await api.Client.SendAsync(request.ToMessage());
        var body = await response.Content.ReadAsStringAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var what = $"{file} #{index + 1} {request.Method} {request.Path} → {(int)response.StatusCode} {mediaType}";

        var operation = document.Operation(request.Method, request.Path);
        Assert.True(operation is not null, $"{what}: no operation in the OpenAPI document");
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var documented = operation.Value.Value.GetProperty("responses").TryGetProperty(status, out var value) ? value : (JsonElement?)null;
        Assert.True(documented is not null, $"{what}: status {status} is not documented");
        if (mediaType is null || body.Length == 0)
        {
            return;
        }
        var media = documented.Value.TryGetProperty("content", out var content) && content.TryGetProperty(mediaType, out var found) ? found : (JsonElement?)null;
        Assert.True(media is not null, $"{what}: media type {mediaType} is not documented for {status}");
        if (!mediaType.EndsWith("json", StringComparison.Ordinal) || !media.Value.TryGetProperty("schema", out _))
        {
            Assert.False(mediaType.EndsWith("json", StringComparison.Ordinal), $"{what}: JSON without a schema");
            return;
        }
        var pointer = $"{operation.Value.Pointer()}/responses/{status}/content/{Escape(mediaType)}/schema";
        var results = document.Validate(pointer, JsonDocument.Parse(body).RootElement);

        Assert.True(results.IsValid, $"{what} does not match its schema:\n{Describe(results)}\n{Shorten(body)}");
    }

    [Fact]
    public async Task EveryParameterExampleIsValidForItsOwnSchema()
    {
        var document = await DocumentAsync();
        var examples = document.ParameterExamples().ToList();

        Assert.NotEmpty(examples);
        Assert.All(examples, e =>
        {
            var results = document.Validate(e.SchemaPointer, e.Example);
            Assert.True(results.IsValid, $"{e.SchemaPointer}: example {e.Example.GetRawText()} does not match:\n{Describe(results)}");
        });
    }

    [Fact]
    public async Task PagingParametersStateTheirDefaultsAndBoundsInTheSchema()
    {
        var document = JsonDocument.Parse(await api.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        var parameters = document.GetProperty("paths").GetProperty("/organisations").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));

        Assert.Equal((1, 1), (parameters["page"].GetProperty("default").GetInt32(), parameters["page"].GetProperty("minimum").GetInt32()));
        Assert.Equal((20, 1, 100), (parameters["limit"].GetProperty("default").GetInt32(), parameters["limit"].GetProperty("minimum").GetInt32(),
            parameters["limit"].GetProperty("maximum").GetInt32()));
        Assert.Equal("date-time", parameters["changedSince"].GetProperty("format").GetString());
    }

    private async Task<OpenApiDocument> DocumentAsync() =>
        _document ??= new OpenApiDocument(JsonDocument.Parse(await api.Client.GetStringAsync("/openapi/v1.json")).RootElement.Clone());

    /// <summary>A JSON Pointer segment, written so that it survives in a URI fragment.</summary>
    private static string Escape(string segment) =>
        Uri.EscapeDataString(segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(20)
            .Select(d => $"  {d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)} (schema {d.EvaluationPath})"));

    private static string Shorten(string body) => body.Length > 2000 ? body[..2000] + "…" : body;

    /// <summary>The OpenAPI document, its operations found by path template, and its schemas resolved in place.</summary>
    private sealed class OpenApiDocument
    {
        private readonly JsonElement _root;
        private readonly BuildOptions _build;
        private readonly List<(Regex Pattern, string Template, int Parameters)> _paths;
        private readonly string _basePath;

        public OpenApiDocument(JsonElement root)
        {
            _root = root;
            var registry = new SchemaRegistry();
            registry.Register(new JsonElementBaseDocument(root, DocumentUri));
            _build = new BuildOptions { SchemaRegistry = registry };
            _basePath = root.GetProperty("servers")[0].GetProperty("url").GetString()!;
            _paths = [.. root.GetProperty("paths").EnumerateObject()
                .Select(p => (new Regex("^" + Regex.Replace(Regex.Escape(p.Name), @"\\\{[^/]+?\}", "[^/]+") + "$"), p.Name, p.Name.Count(c => c == '{')))
                .OrderBy(p => p.Item3)];
        }

        public OperationRef? Operation(string method, string pathAndQuery)
        {
            var path = pathAndQuery.Split('?')[0];
            path = path == _basePath ? "/" : path.StartsWith(_basePath + "/", StringComparison.Ordinal) ? path[_basePath.Length..] : path;
            foreach (var (pattern, template, _) in _paths)
            {
                if (pattern.IsMatch(path) && _root.GetProperty("paths").GetProperty(template).TryGetProperty(method.ToLowerInvariant(), out var operation))
                {
                    return new OperationRef(template, method.ToLowerInvariant(), operation);
                }
            }
            return null;
        }

        public IEnumerable<(string SchemaPointer, JsonElement Example)> ParameterExamples()
        {
            foreach (var path in _root.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.TryGetProperty("parameters", out _)))
                {
                    var index = 0;
                    foreach (var parameter in operation.Value.GetProperty("parameters").EnumerateArray())
                    {
                        if (parameter.TryGetProperty("example", out var example) && parameter.TryGetProperty("schema", out _))
                        {
                            yield return ($"/paths/{Escape(path.Name)}/{operation.Name}/parameters/{index}/schema", example);
                        }
                        index++;
                    }
                }
            }
        }

        public EvaluationResults Validate(string pointer, JsonElement instance)
        {
            var schema = JsonSchema.FromText(JsonSerializer.Serialize(new Dictionary<string, string> { ["$ref"] = $"{DocumentUri}#{pointer}" }), _build);
            return schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        }
    }

    private readonly record struct OperationRef(string Template, string Method, JsonElement Value)
    {
        public string Pointer() => $"/paths/{Escape(Template)}/{Method}";
    }
}
