namespace OpenData.Api.Datasets.Importing;

/// <summary>One input row as read, before validation: every field as text. A struct: an upload's million rows allocate no row objects.</summary>
/// <param name="Dimensions">The codes of the dataset's own dimensions, in their order (empty when it has none).</param>
public readonly record struct RawObservation(int Row, string? Indicator, string? Area, string? Period, string? Sex, string? Value,
    string? Status, string? Note, string? NoteEn, string? Source, string?[] Dimensions);

/// <summary>
/// Reads an upload of observations row by row, streaming, and knows only its format: every field comes out as text, a blank
/// one as null, for <see cref="ObservationValidator"/> to check. Problems with the input's shape (no header, a row with the
/// wrong number of fields, not JSON) are added to <see cref="Errors"/> as they are met; those rows are not passed on.
/// </summary>
public abstract class ObservationReader
{
    private readonly List<ImportError> _errors = [];

    /// <summary>Problems with the input's shape found so far, in the order met.</summary>
    public IReadOnlyList<ImportError> Errors => _errors;

    /// <summary>The rows, read as they are asked for; read once.</summary>
    /// <param name="dimensions">The codes of the dataset's own dimensions: the columns (or properties) that hold their codes.</param>
    public abstract IAsyncEnumerable<RawObservation> ReadAsync(IReadOnlyList<string> dimensions);

    /// <summary>The reader for an upload's media type: <c>text/csv</c> or <c>application/json</c>; null for any other.</summary>
    public static ObservationReader? ForMediaType(string? mediaType, Stream input) => mediaType switch
    {
        "text/csv" => new CsvObservationReader(input),
        "application/json" => new JsonObservationReader(input),
        _ => null,
    };

    /// <summary>The reader for a file by its extension: JSON for <c>.json</c>, CSV for any other.</summary>
    public static ObservationReader ForFile(string path, Stream input) =>
        Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? new JsonObservationReader(input) : new CsvObservationReader(input);

    protected void Error(int row, string column, string message) => _errors.Add(new ImportError(row, column, message));

    protected static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
