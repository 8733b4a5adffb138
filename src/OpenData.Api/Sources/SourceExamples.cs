using OpenData.Api.Querying;
using static OpenData.Api.Common.ReferenceExamples;

namespace OpenData.Api.Sources;

/// <summary>The OpenAPI document's example of a source: Karolinska Institutet's news item on the suicide statistics for 2023.</summary>
public static class SourceExamples
{
    public const string Id = "ki-news-suicide-statistics-2023";

    public static readonly SourceResponse KiSuicideStatistics2023 = new(
        Id: Id,
        Kind: SourceKind.WebPage,
        Title: "Updated suicide statistics for Sweden in 2023",
        Language: "en",
        Publisher: "Karolinska Institutet",
        Published: "2024-07-04",
        Url: "https://news.ki.se/updated-suicide-statistics-for-sweden-in-2023",
        Note: "Definierar självmord som ICD-10 X60–X84 och Y10–Y34 (säkra och osäkra).",
        MentionedIn: OpenDataReferenceSources,
        UpdatedAt: UpdatedAt);

    public static readonly Page<SourceResponse> List = ListQuery.ExamplePage(SourceQuery.Definition, "/sources?publisher=Karolinska%20Institutet",
        [KiSuicideStatistics2023]);
}
