using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.Datasets.Importing;

/// <summary>
/// Reads observations from CSV: a header row naming the columns (indicator, area, period, value required; sex, status, note,
/// note_en, source optional, and a column named by the code of each of the dataset's own dimensions; in any order and case), then one row per observation with as many fields as the header. Commas or,
/// as Swedish Excel writes them, semicolons with decimal commas. A text field a download guarded against spreadsheet formulas
/// gets its apostrophe taken off, and a code the Excel variant kept as text (<c>="0114"</c>) its formula (<see cref="FormulaCells.Restore"/>).
/// </summary>
public sealed class CsvObservationReader(Stream input) : ObservationReader
{
    private static readonly string[] Columns = ["indicator", "area", "period", "sex", "value", "status", "note", "note_en", "source"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    /// <summary>Characters (and bytes) read at a time, within what stays off the large object heap.</summary>
    private const int BufferSize = 32 * 1024;

    public override async IAsyncEnumerable<RawObservation> ReadAsync(IReadOnlyList<string> dimensions)
    {
        // Large buffers: every refill is an asynchronous read, and with the default ones a million rows took tens of thousands.
        // Bytes that are not UTF-8 (Excel's plain "CSV" is Windows-1252) are refused rather than stored as U+FFFD.
        using var reader = new StreamReader(input, StrictUtf8, detectEncodingFromByteOrderMarks: true, BufferSize);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BufferSize = BufferSize,
            // Swedish Excel writes ';' and decimal commas.
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";"],
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            BadDataFound = null,
        });
        // Reads the next row; false at the end, or when the text stops being UTF-8 (reported with the last row read whole).
        async Task<bool> ReadRowAsync()
        {
            try
            {
                return await csv.ReadAsync();
            }
            catch (Exception e) when (e is DecoderFallbackException || e.InnerException is DecoderFallbackException)
            {
                var row = csv.Parser.Row;
                Error(Math.Max(1, row), "file", row == 0 ? XmlText.NotUtf8 : $"{XmlText.NotUtf8} The first byte that is not comes after row {row}.");
                return false;
            }
        }
        if (!await ReadRowAsync() || !csv.ReadHeader())
        {
            if (Errors.Count == 0)
            {
                Error(1, "header", "The file is empty; it needs a header row.");
            }
            yield break;
        }
        var excel = csv.Parser.Delimiter == ";";
        var headers = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList();
        // Fields are read by position: looking a header up by name for every field of a million rows costs more than parsing them.
        int Column(params string[] names) => names.Select(name => headers.IndexOf(name)).FirstOrDefault(i => i >= 0, -1);
        // A column named twice would have one of its fields read and the other dropped unseen.
        foreach (var twice in headers.Where(h => h.Length > 0).GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            Error(1, twice, $"The header names {twice} {headers.Count(h => h == twice)} times; name each column once.");
        }
        var indicator = Column("indicator");
        var area = Column("area", "area_code");
        var period = Column("period");
        var value = Column("value");
        var dimensionColumns = dimensions.Select(d => Column(d.ToLowerInvariant())).ToArray();
        foreach (var (name, found) in new[] { ("indicator", indicator), ("area", area), ("period", period), ("value", value) }.Concat(dimensions.Zip(dimensionColumns)))
        {
            if (found < 0)
            {
                Error(1, name, $"The header has no {name} column. Columns: {string.Join(", ", Columns.Concat(dimensions))}.");
            }
        }
        if (Errors.Count > 0)
        {
            yield break;
        }
        var sex = Column("sex");
        var status = Column("status");
        var note = Column("note");
        var noteEn = Column("note_en");
        var source = Column("source");
        var misshapen = 0;
        while (await ReadRowAsync())
        {
            // A row with fields missing or extra has them out of place: none can be trusted to be in its column.
            if (csv.Parser.Count != headers.Count)
            {
                Error(csv.Parser.Row, "fields", $"The row has {csv.Parser.Count} fields; the header has {headers.Count}, so every row needs {headers.Count}.");
                if (++misshapen == ImportError.MaxReported)
                {
                    Error(csv.Parser.Row, "fields", $"Reading stopped after {ImportError.MaxReported} rows with the wrong number of fields.");
                    yield break;
                }
                continue;
            }
            string? Field(int index) => index < 0 ? null : Blank(csv.Parser[index]);
            // Text as it was before a download guarded it against spreadsheet formulas or Excel; the value is a number and never guarded.
            string? Text(int index) => Field(index) is { } text ? FormulaCells.Restore(text) : null;
            var raw = Field(value);
            yield return new RawObservation(csv.Parser.Row, Text(indicator), Text(area), Text(period), Text(sex),
                excel ? raw?.Replace(',', '.') : raw, Text(status), Text(note), Text(noteEn), Text(source),
                dimensionColumns.Length == 0 ? [] : [.. dimensionColumns.Select(Text)]);
        }
    }
}
