using System.Text.Json;
using OpenData.Api.Infrastructure;
using OpenData.Api.Text;

namespace OpenData.Api.Datasets.Importing;

/// <summary>
/// Reads observations from a JSON array of objects with the properties indicator, area (or areaCode), period, sex, value,
/// status, note, noteEn, source and, for a dataset with dimensions of its own, dimensions: an object with each one's code
/// ({"age": "15-19"}). A download's JSON records are such an array (their indicatorName, unit, areaName, sexName and dimensionLabels
/// are ignored: names come from the references). Any other property is an error of its row, so that a misspelt one (note_en)
/// is not dropped without a word. Numbers are kept as written.
/// </summary>
public sealed class JsonObservationReader(Stream input) : ObservationReader
{
    private static readonly string[] Properties = ["indicator", "area", "areaCode", "period", "sex", "dimensions", "value", "status", "note", "noteEn", "source"];
    private static readonly string[] DownloadedNames = ["indicatorName", "unit", "areaName", "sexName", "dimensionLabels"];

    public override async IAsyncEnumerable<RawObservation> ReadAsync(IReadOnlyList<string> dimensions)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(input);
        }
        catch (JsonException e)
        {
            Error(0, "body", $"Not valid JSON: {e.Message}");
            yield break;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                Error(0, "body", "The body must be a JSON array of observations.");
                yield break;
            }
            var row = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                row++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Error(row, "body", "Each observation must be a JSON object.");
                    continue;
                }
                string? Text(params string[] names)
                {
                    foreach (var name in names)
                    {
                        if (item.TryGetProperty(name, out var property))
                        {
                            return property.ValueKind switch
                            {
                                JsonValueKind.String => Blank(StringOf(property, name)),
                                JsonValueKind.Number => property.GetRawText(),
                                JsonValueKind.Null => null,
                                _ => property.GetRawText(),
                            };
                        }
                    }
                    return null;
                }
                string? StringOf(JsonElement property, string name)
                {
                    try
                    {
                        return property.GetString();
                    }
                    catch (InvalidOperationException e)
                    {
                        Error(row, name, XmlText.Unreadable(e) ?? XmlText.HalfASurrogatePair);
                        return null;
                    }
                }
                if (item.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !Properties.Contains(name) && !DownloadedNames.Contains(name)) is { } unknown)
                {
                    Error(row, Excerpt.Shorten(unknown), $"Not a property of an observation. Properties: {string.Join(", ", Properties)}.");
                    continue;
                }
                var codes = item.TryGetProperty("dimensions", out var given) ? given : default;
                if (codes.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
                {
                    Error(row, "dimensions", "Must be an object with each dimension's code ({\"age\": \"15-19\"}).");
                    continue;
                }
                if (codes.ValueKind == JsonValueKind.Object && codes.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !dimensions.Contains(name)) is { } other)
                {
                    Error(row, "dimensions", $"'{Excerpt.Shorten(other)}' is not a dimension of this dataset. Its own dimensions: {string.Join(", ", dimensions.DefaultIfEmpty("none"))}.");
                    continue;
                }
                string? CodeOf(string dimension) =>
                    codes.ValueKind == JsonValueKind.Object && codes.TryGetProperty(dimension, out var code) && code.ValueKind == JsonValueKind.String
                        ? Blank(StringOf(code, "dimensions"))
                        : null;
                yield return new RawObservation(row, Text("indicator"), Text("area", "areaCode"), Text("period"), Text("sex"), Text("value"),
                    Text("status"), Text("note"), Text("noteEn"), Text("source"), dimensions.Count == 0 ? [] : [.. dimensions.Select(CodeOf)]);
            }
        }
    }
}
