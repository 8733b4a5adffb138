using System.Text.Json;
using OpenData.Api.Infrastructure;
using OpenData.Api.Text;

namespace OpenData.Api.Datasets.Importing;

/// <summary>
/// Reads observations from a JSON array of objects with the properties indicator, area (or areaCode), period, sex, value,
/// status, note, noteEn and source; a download's JSON records are such an array (their indicatorName, unit and areaName are
/// ignored: names come from the references). Any other property is an error of its row, so that a misspelt one (note_en)
/// is not dropped without a word. Numbers are kept as written.
/// </summary>
public sealed class JsonObservationReader(Stream input) : ObservationReader
{
    private static readonly string[] Properties = ["indicator", "area", "areaCode", "period", "sex", "value", "status", "note", "noteEn", "source"];
    private static readonly string[] DownloadedNames = ["indicatorName", "unit", "areaName"];

    public override async IAsyncEnumerable<RawObservation> ReadAsync()
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
                    catch (InvalidOperationException)
                    {
                        Error(row, name, XmlText.HalfASurrogatePair);
                        return null;
                    }
                }
                if (item.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !Properties.Contains(name) && !DownloadedNames.Contains(name)) is { } unknown)
                {
                    Error(row, Excerpt.Shorten(unknown), $"Not a property of an observation. Properties: {string.Join(", ", Properties)}.");
                    continue;
                }
                yield return new RawObservation(row, Text("indicator"), Text("area", "areaCode"), Text("period"), Text("sex"), Text("value"),
                    Text("status"), Text("note"), Text("noteEn"), Text("source"));
            }
        }
    }
}
