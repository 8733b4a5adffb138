using Microsoft.AspNetCore.WebUtilities;
using OpenData.Api.Infrastructure;
using OpenData.Api.Web;

namespace OpenData.Api.Pages;

/// <summary>What every page needs to know about the request it answers: its language, its address, the asset URLs and the sections of the menu.</summary>
public sealed record PageContext(Language Language, string Path, IQueryCollection Query, StaticAssets Assets, ApiInfoOptions Info, PageSections Sections)
{
    public bool English => Language == Language.En;

    /// <summary>The Swedish or the English text, by the page's language.</summary>
    public string T(string sv, string en) => English ? en : sv;

    /// <summary>A link within the pages that keeps the chosen language.</summary>
    public string Href(string path, params (string Name, string? Value)[] query)
    {
        var parameters = query.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => new KeyValuePair<string, string?>(p.Name, p.Value)).ToList();
        if (English)
        {
            parameters.Add(new("lang", "en"));
        }
        return QueryHelpers.AddQueryString(path, parameters);
    }

    /// <summary>This page in the other language.</summary>
    public string OtherLanguageHref()
    {
        var parameters = Query.Where(p => p.Key != "lang").SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))).ToList();
        if (!English)
        {
            parameters.Add(new("lang", "en"));
        }
        return QueryHelpers.AddQueryString(Path, parameters);
    }

    /// <summary>An enum value's name in the page's language, from the descriptions its feature gives it.</summary>
    public string Label(Enum value)
    {
        var parts = Text.EnumDescriptions.Of(value).Split(" / ");
        return (English && parts.Length > 1 ? parts[1] : parts[0]).TrimEnd('.');
    }

    /// <summary>Joins the parts that are there with a middle dot, for one-line summaries.</summary>
    public static string Summary(params object?[] parts) =>
        string.Join(" · ", parts.Select(p => p?.ToString()).Where(p => !string.IsNullOrWhiteSpace(p)));

    public string? this[string name] => Query.TryGetValue(name, out var values) ? values.ToString() : null;
}
