using System.Globalization;
using System.Text.Json;
using LinqKit;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Querying;

namespace OpenData.Api.Datasets;

/// <summary>
/// JSON-stat 2.0 (https://json-stat.org/format/): the dimensions first, then the values in row-major
/// order of indicator × area × period × sex, streamed from the same ordered query as the other downloads.
/// Gaps in the cube are written as null.
/// </summary>
public static class JsonStatWriter
{
    public static async Task WriteAsync(Stream body, DownloadDataset dataset, IQueryable<Observation> matching, Infrastructure.Language language,
        CancellationToken cancellationToken)
    {
        // The categories, sorted as the rows are (ordinal code order), so that positions line up.
        var indicators = (await matching.Select(o => o.IndicatorCode).Distinct().ToListAsync(cancellationToken)).Order(StringComparer.Ordinal).ToList();
        var areas = (await matching.AsExpandable().Select(o => new { o.AreaCode, AreaName = Localized.Text.Invoke(o.Area!.NameSv, o.Area.NameEn, language) })
                .Distinct().ToListAsync(cancellationToken))
            .OrderBy(a => a.AreaCode, StringComparer.Ordinal).ToList();
        var periods = (await matching.Select(o => o.Period).Distinct().ToListAsync(cancellationToken)).Order(StringComparer.Ordinal).ToList();
        var sexes = (await matching.Select(o => o.Sex).Distinct().ToListAsync(cancellationToken))
            .OrderBy(s => KebabCase.ToName(s), StringComparer.Ordinal).ToList();
        var rows = DatasetDownloads.Rows(matching, language);

        var indicatorIndex = indicators.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i);
        var areaIndex = areas.Select((a, i) => (a.AreaCode, i)).ToDictionary(x => x.AreaCode, x => x.i);
        var periodIndex = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var sexIndex = sexes.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);

        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
        json.WriteStartObject();
        json.WriteString("version", "2.0");
        json.WriteString("class", "dataset");
        json.WriteString("label", dataset.Title);
        json.WriteString("source", string.Join("; ", dataset.Sources));
        json.WriteString("updated", dataset.Modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        WriteStrings(json, "id", ["indicator", "area", "period", "sex"]);
        json.WriteStartArray("size");
        foreach (var size in new[] { indicators.Count, areas.Count, periods.Count, sexes.Count })
        {
            json.WriteNumberValue(size);
        }
        json.WriteEndArray();
        json.WriteStartObject("role");
        WriteStrings(json, "time", ["period"]);
        WriteStrings(json, "geo", ["area"]);
        WriteStrings(json, "metric", ["indicator"]);
        json.WriteEndObject();

        json.WriteStartObject("dimension");
        WriteDimension(json, "indicator", "indicator", indicators.Select(code => (code, dataset.Indicators.GetValueOrDefault(code, (Name: code, Unit: "")).Name)),
            unit: indicators.ToDictionary(code => code, code => dataset.Indicators.GetValueOrDefault(code, (Name: code, Unit: "")).Unit));
        WriteDimension(json, "area", "area", areas.Select(a => (a.AreaCode, a.AreaName)));
        WriteDimension(json, "period", "period", periods.Select(p => (p, p)));
        WriteDimension(json, "sex", "sex", sexes.Select(s => (KebabCase.ToName(s), KebabCase.ToName(s))));
        json.WriteEndObject();

        var statuses = new SortedDictionary<long, string>();
        var notes = new SortedDictionary<long, string>();
        json.WriteStartArray("value");
        long next = 0;
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var position = ((((long)indicatorIndex[row.Indicator] * areas.Count + areaIndex[row.AreaCode]) * periods.Count + periodIndex[row.Period]) * sexes.Count) + sexIndex[row.Sex];
            for (; next < position; next++)
            {
                json.WriteNullValue();
            }
            if (row.Value is { } value)
            {
                json.WriteNumberValue(value);
            }
            else
            {
                json.WriteNullValue();
            }
            next++;
            if (row.Status != ObservationStatus.Published)
            {
                statuses[position] = KebabCase.ToName(row.Status);
            }
            if (Localized.ChooseText(row.NoteSv, row.NoteEn, language) is { } note)
            {
                notes[position] = note;
            }
            if (next % 10_000 == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }
        for (var total = (long)indicators.Count * areas.Count * periods.Count * sexes.Count; next < total; next++)
        {
            json.WriteNullValue();
        }
        json.WriteEndArray();

        json.WriteStartObject("status");
        foreach (var (position, status) in statuses)
        {
            json.WriteString(position.ToString(CultureInfo.InvariantCulture), status);
        }
        json.WriteEndObject();
        WriteStrings(json, "note", [$"Revision {dataset.Revision}. Status: derived = computed by OpenData from published figures; provisional, missing, suppressed as named."]);
        json.WriteStartObject("extension");
        json.WriteString("datasetId", dataset.Id);
        json.WriteNumber("revision", dataset.Revision);
        json.WriteString("publisher", dataset.Publisher);
        json.WriteStartObject("licence");
        json.WriteString("id", dataset.LicenceId);
        json.WriteString("uri", dataset.LicenceUri);
        json.WriteEndObject();
        json.WriteStartObject("valueNotes");
        foreach (var (position, note) in notes)
        {
            json.WriteString(position.ToString(CultureInfo.InvariantCulture), note);
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    private static void WriteDimension(Utf8JsonWriter json, string name, string label, IEnumerable<(string Code, string Label)> categories,
        Dictionary<string, string>? unit = null)
    {
        json.WriteStartObject(name);
        json.WriteString("label", label);
        json.WriteStartObject("category");
        var list = categories.ToList();
        json.WriteStartObject("index");
        for (var i = 0; i < list.Count; i++)
        {
            json.WriteNumber(list[i].Code, i);
        }
        json.WriteEndObject();
        json.WriteStartObject("label");
        foreach (var (code, text) in list)
        {
            json.WriteString(code, text);
        }
        json.WriteEndObject();
        if (unit is not null)
        {
            json.WriteStartObject("unit");
            foreach (var (code, text) in unit)
            {
                json.WriteStartObject(code);
                json.WriteString("label", text);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
