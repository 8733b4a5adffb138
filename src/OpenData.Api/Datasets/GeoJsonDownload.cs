using System.Text.Json;
using OpenData.Api.Areas;

namespace OpenData.Api.Datasets;

/// <summary>
/// GeoJSON (RFC 7946): the selection joined to the areas' boundaries, one feature per observation with the CSV's columns as
/// its properties, flat as map tools need them (a dataset's own dimensions too), streamed as the rows come. An area without a
/// boundary (Sweden as a whole, a healthcare region) has a null geometry, as the format allows. The boundaries are simplified
/// for display, and their publisher is credited in the file, as the dataset's licence and how to cite it are.
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
        // Foreign members (RFC 7946 §6.1): what the file is, on what terms the figures may be used and how to cite them, and
        // whose boundaries it draws.
        json.WriteString("title", dataset.Title);
        json.WriteString("dataset", dataset.Id);
        json.WriteNumber("revision", dataset.Revision);
        json.WriteString("licence", dataset.Licence.Id);
        json.WriteString("licence_uri", dataset.Licence.Uri);
        json.WriteString("licence_note", dataset.Licence.Note);
        json.WriteString("attribution", Attribution);
        json.WriteStartArray("features");
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
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
            DatasetDownloads.WriteRow(json, dataset, row, asCsvColumns: true);
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
