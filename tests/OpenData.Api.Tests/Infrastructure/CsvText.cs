using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace OpenData.Api.Tests.Infrastructure;

public static class CsvText
{
    /// <summary>Every row of a CSV text, the header included, as a spreadsheet would split it.</summary>
    public static List<string[]> Rows(string text, string delimiter)
    {
        using var reader = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, HasHeaderRecord = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Parser.Record!);
        }
        return rows;
    }
}
