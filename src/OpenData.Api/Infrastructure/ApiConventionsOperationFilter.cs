using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenData.Api.Infrastructure;

/// <summary>Documents what every /api/v1 operation shares: the lang parameter and bilingual response descriptions.</summary>
internal sealed class ApiConventionsOperationFilter : IOperationFilter
{
    private static readonly Dictionary<string, string> ResponseDescriptions = new()
    {
        ["200"] = "OK.",
        ["201"] = "Skapad; Location pekar ut den nya posten. / Created; Location points to the new record.",
        ["401"] = "Nyckel saknas eller är ogiltig (X-Api-Key). / Missing or invalid key (X-Api-Key).",
        ["403"] = "Nyckeln får inte skriva detta: datasetet, eller utgivaren som anges, är en annan utgivares. / The key may not write this: the dataset, or the publisher named, is another publisher's.",
        ["406"] = "Inget av formaten i Accept kan levereras. / None of the formats in Accept can be served.",
        ["409"] = "Står i konflikt med befintliga data; problem details förklarar. / Conflicts with existing data; problem details explain.",
        ["412"] = "If-Match är inaktuell: någon annan har skrivit sedan dess. / If-Match is stale: someone else wrote since.",
        ["415"] = "Fel Content-Type; skicka text/csv eller application/json. / Wrong Content-Type; send text/csv or application/json.",
        ["304"] = "Oförändrad sedan If-None-Match. / Not modified since If-None-Match.",
        ["400"] = "Ogiltig parameter; problem details (RFC 9457) namnger den och vad den tar emot. / "
                  + "Invalid parameter; problem details (RFC 9457) name it and what it accepts.",
        ["404"] = "Finns inte; problem details (RFC 9457) namnger id:t. / Not found; problem details (RFC 9457) name the id.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (ResponseDescriptions.TryGetValue(status, out var description) && response is OpenApiResponse concrete)
            {
                concrete.Description = description;
            }
        }

        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)] = [] }];
        }
        else
        {
            // Said outright, so that a reader (and redocly's security-defined rule) knows reading needs no key.
            operation.Security = [];
        }
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "traceparent",
            In = ParameterLocation.Header,
            Required = false,
            Description = "W3C-spårkontext (Trace Context) att fortsätta; svaret och loggarna bär samma spår-id. / "
                          + "W3C Trace Context to continue; the answer and the logs carry the same trace id.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$" },
            Example = JsonValue.Create("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
        });

        var path = "/" + context.ApiDescription.RelativePath;
        if (!path.StartsWith("/api/v1/", StringComparison.Ordinal) || path == "/api/v1/api-info")
        {
            return;
        }
        operation.Parameters ??= [];
        if (!operation.Parameters.Any(p => p.Name == "lang"))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "lang",
                In = ParameterLocation.Query,
                Description = "Svarsspråk; annars Accept-Language, annars svenska. Texter utan engelsk version ges på svenska. / "
                              + "Language of the answer; else Accept-Language, else Swedish. Texts with no English version come in Swedish.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("sv")!, JsonValue.Create("en")!] },
                Example = JsonValue.Create("sv"),
            });
        }
    }
}
