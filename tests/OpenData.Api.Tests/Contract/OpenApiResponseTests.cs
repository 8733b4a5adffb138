using System.Text.Json;
using System.Text.Json.Nodes;
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
public sealed partial class OpenApiResponseTests(SeededApi api)
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

    [Fact]
    public async Task EveryRequestBodyJsonSuccessAndPathParameterHasAnExample()
    {
        var document = await DocumentAsync();

        var bodies = document.Bodies().Where(b => b.IsRequest || (b.Status.StartsWith('2') && b.MediaType.EndsWith("json", StringComparison.Ordinal))).ToList();
        var pathParameters = document.PathParameters().ToList();

        Assert.Contains(bodies, b => b.IsRequest);
        Assert.NotEmpty(pathParameters);
        Assert.Empty(bodies.Where(b => b.Example is null).Select(b => b.Where));
        Assert.Empty(pathParameters.Where(p => p.Example is null).Select(p => p.Where));
    }

    [Fact]
    public async Task EveryBodyExampleValidatesAgainstItsSchema()
    {
        var document = await DocumentAsync();
        var examples = document.Bodies().Where(b => b.Example is not null && b.HasSchema).ToList();

        Assert.Contains(examples, e => e.MediaType == "application/problem+json");
        Assert.All(examples, e =>
        {
            var results = document.Validate($"{e.Pointer}/schema", e.Example!.Value);
            Assert.True(results.IsValid, $"{e.Where}: the example does not match its schema:\n{Describe(results)}\n{Shorten(e.Example.Value.GetRawText())}");
        });
    }

    [Fact]
    public async Task EveryDateTimeInAnExampleIsRfc3339InUtc()
    {
        var document = await DocumentAsync();

        var dateTimes = document.Bodies().Where(b => b.Example is not null)
            .SelectMany(b => Strings(b.Example!.Value).Where(text => LooksLikeADateTime().IsMatch(text)).Select(text => (b.Where, Text: text)))
            .ToList();

        Assert.NotEmpty(dateTimes);
        Assert.All(dateTimes, d => Assert.True(Rfc3339Utc().IsMatch(d.Text), $"{d.Where}: '{d.Text}' is not an RFC 3339 date-time in UTC (…Z)"));
    }

    /// <summary>
    /// The examples state facts of the seed data: a record's example is what the API answers for the id its path parameter's example names,
    /// and a page's example what it answers at the page's own link. Only the times records were written, which every database has its own of, differ.
    /// </summary>
    [Fact]
    public async Task EveryExampleOfARecordOrAPageIsWhatTheApiAnswers()
    {
        var document = await DocumentAsync();
        var examples = document.Bodies()
            .Where(b => b is { IsRequest: false, Status: "200", MediaType: "application/json", Example: not null } && b.Method == "get"
                        && (IsPage(b.Example.Value) || b.Template.EndsWith('}')))
            .ToList();

        Assert.Contains(examples, e => e.Template.EndsWith('}'));
        var untrue = new List<string>();
        foreach (var example in examples)
        {
            var address = IsPage(example.Example!.Value)
                ? new Uri(example.Example.Value.GetProperty("links").GetProperty("self").GetString()!).PathAndQuery
                : document.BasePath + document.PathParameters().Where(p => p.Template == example.Template && p.Method == "get")
                    .Aggregate(example.Template, (path, p) => path.Replace($"{{{p.Name}}}", p.Example!.Value.GetString(), StringComparison.Ordinal));
            var answer = await api.Client.GetStringAsync(address);

            var expected = WithoutTimes(JsonNode.Parse(example.Example.Value.GetRawText())!.ToJsonString().Replace(ExampleHost, TestHost, StringComparison.Ordinal));
            var actual = WithoutTimes(answer);
            if (!JsonNode.DeepEquals(expected, actual))
            {
                untrue.Add($"{example.Where}: GET {address} answers\n{Shorten(actual!.ToJsonString())}\nbut the example is\n{Shorten(expected!.ToJsonString())}");
            }
        }
        Assert.Empty(untrue);
    }

    private static bool IsPage(JsonElement body) => body.ValueKind == JsonValueKind.Object && body.TryGetProperty("links", out _);

    private const string ExampleHost = "http://localhost:5080/";
    private string TestHost => api.Client.BaseAddress!.ToString();

    private static JsonNode? WithoutTimes(string json)
    {
        var node = JsonNode.Parse(json);
        void Replace(JsonNode? current)
        {
            switch (current)
            {
                case JsonObject o:
                    foreach (var (name, value) in o.ToList())
                    {
                        if (value is JsonValue v && v.TryGetValue<string>(out var text) && LooksLikeADateTime().IsMatch(text))
                        {
                            o[name] = "a date-time";
                        }
                        else
                        {
                            Replace(value);
                        }
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Replace(item);
                    }
                    break;
            }
        }
        Replace(node);
        return node;
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T")]
    private static partial Regex LooksLikeADateTime();

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z$")]
    private static partial Regex Rfc3339Utc();

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

        public string BasePath => _basePath;

        /// <summary>Every request and response body of every operation, in each media type, with its example if it has one.</summary>
        public IEnumerable<BodyRef> Bodies()
        {
            foreach (var (template, method, operation) in Operations())
            {
                var pointer = $"/paths/{Escape(template)}/{method}";
                if (operation.TryGetProperty("requestBody", out var body))
                {
                    foreach (var media in body.GetProperty("content").EnumerateObject())
                    {
                        yield return new BodyRef(template, method, "request", media.Name, $"{pointer}/requestBody/content/{Escape(media.Name)}", media.Value);
                    }
                }
                foreach (var response in operation.GetProperty("responses").EnumerateObject().Where(r => r.Value.TryGetProperty("content", out _)))
                {
                    foreach (var media in response.Value.GetProperty("content").EnumerateObject())
                    {
                        yield return new BodyRef(template, method, response.Name, media.Name,
                            $"{pointer}/responses/{response.Name}/content/{Escape(media.Name)}", media.Value);
                    }
                }
            }
        }

        public IEnumerable<(string Template, string Method, string Name, JsonElement? Example, string Where)> PathParameters() =>
            Operations().Where(o => o.Operation.TryGetProperty("parameters", out _)).SelectMany(o => o.Operation.GetProperty("parameters").EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == "path")
                .Select(p => (o.Template, o.Method, p.GetProperty("name").GetString()!, p.TryGetProperty("example", out var example) ? example : (JsonElement?)null,
                    $"{o.Method} {o.Template} parameter {p.GetProperty("name").GetString()}")));

        private IEnumerable<(string Template, string Method, JsonElement Operation)> Operations() =>
            _root.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject().Select(o => (path.Name, o.Name, o.Value)));

        public EvaluationResults Validate(string pointer, JsonElement instance)
        {
            var schema = JsonSchema.FromText(JsonSerializer.Serialize(new Dictionary<string, string> { ["$ref"] = $"{DocumentUri}#{pointer}" }), _build);
            return schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        }
    }

    /// <summary>One body of an operation in one media type; Status is "request" for the request body.</summary>
    private sealed record BodyRef(string Template, string Method, string Status, string MediaType, string Pointer, JsonElement Media)
    {
        public bool IsRequest => Status == "request";
        public bool HasSchema => Media.TryGetProperty("schema", out _);
        public JsonElement? Example => Media.TryGetProperty("example", out var example) ? example : null;
        public string Where => $"{Method} {Template} {Status} {MediaType}";
    }

    private readonly record struct OperationRef(string Template, string Method, JsonElement Value)
    {
        public string Pointer() => $"/paths/{Escape(Template)}/{Method}";
    }
}
