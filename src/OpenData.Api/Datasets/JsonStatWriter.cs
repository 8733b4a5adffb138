using System.Globalization;
using System.Text.Json;
using LinqKit;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Querying;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

/// <summary>
/// JSON-stat 2.0 (https://json-stat.org/format/): the dimensions first, then the values in row-major
/// order of indicator × area × period × sex × the dataset's own dimensions, streamed from the same ordered query as the other
/// downloads. The categories are in the rows' order (indicator, area and period by code, sex and an own dimension in their
/// codes' declared order) and labelled; gaps in the cube are null.
/// </summary>
public static class JsonStatWriter
{
    public static async Task WriteAsync(Stream body, OpenDataDbContext db, DownloadDataset dataset, IQueryable<Observation> matching,
        Infrastructure.Language language, CancellationToken cancellationToken)
    {
        // The categories, sorted as the rows are (ordinal code order, sex and own dimensions in declared order), so that positions line up.
        var indicators = (await matching.Select(o => o.IndicatorCode).Distinct().ToListAsync(cancellationToken)).Order(StringComparer.Ordinal).ToList();
        var areas = (await matching.Select(o => o.AreaCode).Distinct().ToListAsync(cancellationToken)).Order(StringComparer.Ordinal).ToList();
        var periods = (await matching.Select(o => o.Period).Distinct().ToListAsync(cancellationToken)).Order(StringComparer.Ordinal).ToList();
        // In their declared order (total, female, male), as the rows have them.
        var sexes = (await matching.Select(o => o.Sex).Distinct().ToListAsync(cancellationToken)).Order().ToList();
        var own = dataset.Dimensions.Own;
        var ownCodes = new List<List<string>>();
        foreach (var (column, i) in DatasetQuery.ObservationsDefinition.CodeColumns.Take(own.Count).Select((c, i) => (c, i)))
        {
            var present = await matching.Select(column).Distinct().ToListAsync(cancellationToken);
            ownCodes.Add([.. own[i].Codes!.Select(c => c.Code).Where(present.Contains)]);
        }
        // The documents the selected figures were read from (Socialstyrelsen's database for the ADHD figures), not every document
        // the dataset lists: OpenData's notes on its reference data (SOURCES.md) are no figure's source. All of them when the
        // selection is empty. A figure may name a source the dataset does not list (an upload without one of its own is its
        // own source); those follow the listed ones, by id.
        var cited = await matching.Select(o => o.SourceId).Distinct().ToListAsync(cancellationToken);
        var unlisted = cited.Except(dataset.Sources.Select(s => s.Id)).ToList();
        var unlistedTitles = unlisted.Count == 0 ? [] : await db.Sources.Where(s => unlisted.Contains(s.Id)).OrderBy(s => s.Id).Select(s => s.Title).ToListAsync(cancellationToken);
        var sources = dataset.Sources.Where(s => cited.Count == 0 || cited.Contains(s.Id)).Select(s => s.Title).Concat(unlistedTitles);
        var rows = DatasetDownloads.RowsReadAhead(matching, dataset, language);

        var named = dataset.Dimensions.All([], language).ToDictionary(d => d.Code, d => d.Name);
        List<(string Id, string Label, List<(string Code, string Label)> Categories)> dimensions =
        [
            ("indicator", named["indicator"], [.. indicators.Select(code => (code, dataset.Indicators.GetValueOrDefault(code, (Name: code, Unit: "")).Name))]),
            ("area", named["area"], [.. areas.Select(code => (code, dataset.AreaName(code)))]),
            ("period", named["period"], [.. periods.Select(p => (p, p))]),
            ("sex", named["sex"], [.. sexes.Select(s => (KebabCase.ToName(s), DatasetDimensions.SexLabel(s, language)))]),
            .. own.Select((d, i) => (d.Code, d.Name, ownCodes[i].Select(code => (code, dataset.Dimensions.LabelOf(i, code))).ToList())),
        ];
        var indexes = dimensions.Select(d => d.Categories.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal)).ToList();
        long PositionOf(DownloadRow row)
        {
            long position = 0;
            for (var d = 0; d < dimensions.Count; d++)
            {
                var code = d switch
                {
                    0 => row.Indicator,
                    1 => row.AreaCode,
                    2 => row.Period,
                    3 => KebabCase.ToName(row.Sex),
                    _ => row.DimensionAt(d - 4),
                };
                position = position * dimensions[d].Categories.Count + indexes[d][code];
            }
            return position;
        }

        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
        json.WriteStartObject();
        json.WriteString("version", "2.0");
        json.WriteString("class", "dataset");
        json.WriteString("label", dataset.Title);
        json.WriteString("source", string.Join("; ", sources));
        json.WriteString("updated", dataset.Modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        WriteStrings(json, "id", dimensions.Select(d => d.Id));
        json.WriteStartArray("size");
        foreach (var size in dimensions.Select(d => d.Categories.Count))
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
        foreach (var (dimension, i) in dimensions.Select((d, i) => (d, i)))
        {
            WriteDimension(json, dimension.Id, dimension.Label, dimension.Categories,
                unit: i == 0 ? indicators.ToDictionary(code => code, code => dataset.Indicators.GetValueOrDefault(code, (Name: code, Unit: "")).Unit) : null);
        }
        json.WriteEndObject();

        var statuses = new SortedDictionary<long, string>();
        var notes = new SortedDictionary<long, string>();
        json.WriteStartArray("value");
        long next = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var position = PositionOf(row);
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
        for (var total = dimensions.Aggregate(1L, (product, d) => product * d.Categories.Count); next < total; next++)
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
        json.WriteString("id", dataset.Licence.Id);
        json.WriteString("uri", dataset.Licence.Uri);
        // How to cite the figures, where the publisher says: a dataset without a licence may still ask for its source to be named.
        json.WriteString("note", dataset.Licence.Note);
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
