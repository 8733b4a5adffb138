using System.Text.Json;
using OpenData.Api.Areas;
using OpenData.Api.Data;

namespace OpenData.Api.Datasets;

/// <summary>
/// GeoJSON (RFC 7946): the selection joined to the areas' boundaries, one feature per observation with the CSV's columns as
/// its properties, streamed as the rows come. An area without a boundary (Sweden as a whole, a healthcare region) has a null
/// geometry, as the format allows. The boundaries are simplified for display, and their publisher is credited in the file.
/// </summary>
public static class GeoJsonDownload
{
    public const string MediaType = "application/geo+json";

    public const string Attribution = $"Gränser / boundaries: {AreaBoundaries.Credit} (förenklade för kartor / simplified for display)";

    public static async Task WriteAsync(Stream body, DownloadDataset dataset, IAsyncEnumerable<DownloadRow> rows, AreaBoundaries boundaries,
        CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        // Foreign members (RFC 7946 §6.1): what the file is and whose boundaries it draws.
        json.WriteString("title", dataset.Title);
        json.WriteString("dataset", dataset.Id);
        json.WriteNumber("revision", dataset.Revision);
        json.WriteString("licence", dataset.LicenceId);
        json.WriteString("attribution", Attribution);
        json.WriteStartArray("features");
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var (name, unit) = dataset.Indicators.GetValueOrDefault(row.Indicator, (row.Indicator, ""));
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WritePropertyName("geometry");
            if (boundaries.Of(row.AreaCode) is { } boundary)
            {
                json.WriteRawValue(boundary.GeometryJson, skipInputValidation: true);
            }
            else
            {
                json.WriteNullValue();
            }
            json.WriteStartObject("properties");
            json.WriteString("indicator", row.Indicator);
            json.WriteString("indicator_name", name);
            json.WriteString("unit", unit);
            json.WriteString("area_code", row.AreaCode);
            json.WriteString("area_name", row.AreaName);
            json.WriteString("period", row.Period);
            json.WriteString("sex", KebabCase.ToName(row.Sex));
            if (row.Value is { } value)
            {
                json.WriteNumber("value", value);
            }
            else
            {
                json.WriteNull("value");
            }
            json.WriteString("status", KebabCase.ToName(row.Status));
            json.WriteString("note", row.NoteSv);
            json.WriteString("note_en", row.NoteEn);
            json.WriteString("source", row.Source);
            json.WriteEndObject();
            json.WriteEndObject();
            // Boundaries make features large: flush by size rather than by count.
            if (++written % 200 == 0 || json.BytesPending > 1 << 16)
            {
                await json.FlushAsync(cancellationToken);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }
}
