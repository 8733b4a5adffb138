using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace OpenData.Api.Infrastructure;

/// <summary>The language of the texts in an answer: Swedish unless English is asked for.</summary>
public enum Language
{
    Sv,
    En,
}

/// <summary>The query parameters an endpoint that is not a list takes besides lang (lists declare theirs in their query definition).</summary>
public sealed class QueryParameters(params string[] names)
{
    public IReadOnlyList<string> Names { get; } = names;
}

public static class Languages
{
    private const string ItemKey = "OpenData.Language";

    /// <summary>The language chosen for this request by <see cref="NegotiateLanguage"/>.</summary>
    public static Language Language(this HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is Infrastructure.Language language ? language : Infrastructure.Language.Sv;

    /// <summary>Sets the language of this request's answer (the pages choose it their own way).</summary>
    public static void SetLanguage(this HttpContext context, Language language) => context.Items[ItemKey] = language;

    /// <summary>
    /// Chooses the language from ?lang=sv|en, else from Accept-Language, else Swedish, and names it in
    /// Content-Language. Texts without an English version fall back to Swedish.
    /// </summary>
    public static RouteGroupBuilder NegotiateLanguage(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var metadata = http.GetEndpoint()?.Metadata;
            string[] accepted = ["lang", .. metadata?.GetMetadata<QueryParameters>()?.Names ?? []];
            if (metadata?.GetMetadata<IValidatesOwnParameters>() is null
                && http.Request.Query.Keys.FirstOrDefault(key => !accepted.Contains(key)) is { } unknown)
            {
                // Lists validate their own parameters; a single record takes nothing but lang and what it declares.
                var only = string.Join(", ", accepted);
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { [unknown] = [$"Unknown parameter. This endpoint accepts only {only}."] },
                    detail: $"{unknown}: unknown parameter; this endpoint accepts only {only}.", title: "Invalid query parameters",
                    type: "https://httpstatuses.io/400");
            }
            Language language;
            if (http.Request.Query.TryGetValue("lang", out var values))
            {
                if (values.Count != 1 || !TryParse(values[0], out language))
                {
                    return InvalidLanguage();
                }
            }
            else
            {
                language = FromAcceptLanguage(http.Request);
            }
            http.Items[ItemKey] = language;
            http.Response.Headers.ContentLanguage = language == Infrastructure.Language.En ? "en" : "sv";
            return await next(context);
        });
        return group;
    }

    /// <summary>400 for a lang that is neither sv nor en, or given twice.</summary>
    public static ValidationProblem InvalidLanguage() =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["lang"] = ["Give lang=sv (Swedish) or lang=en (English), once."] },
            detail: "lang: give sv or en.", title: "Invalid query parameters", type: "https://httpstatuses.io/400");

    private static bool TryParse(string? value, out Language language)
    {
        (var known, language) = value switch
        {
            "sv" => (true, Infrastructure.Language.Sv),
            "en" => (true, Infrastructure.Language.En),
            _ => (false, Infrastructure.Language.Sv),
        };
        return known;
    }

    private static Language FromAcceptLanguage(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var ranges))
        {
            return Infrastructure.Language.Sv;
        }
        foreach (var range in ranges.Where(r => r.Quality is null or > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var tag = range.Value.Value ?? "";
            if (tag.StartsWith("sv", StringComparison.OrdinalIgnoreCase))
            {
                return Infrastructure.Language.Sv;
            }
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return Infrastructure.Language.En;
            }
        }
        return Infrastructure.Language.Sv;
    }
}

/// <summary>Endpoint metadata of an endpoint that checks its own query parameters (a list), so language negotiation leaves them to it.</summary>
public interface IValidatesOwnParameters;
