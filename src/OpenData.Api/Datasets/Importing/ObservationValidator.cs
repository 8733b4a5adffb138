using System.Globalization;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;
using OpenData.Api.Text;

namespace OpenData.Api.Datasets.Importing;

/// <summary>A row that passed validation, ready to be written.</summary>
/// <param name="Key">The row's key numbered by <see cref="ObservationReferences.KeyOf(string, string, string, Sex, string?[])"/>: unique within the upload.</param>
/// <param name="Indicator">The indicator code; this and the other codes are the references' shared instances (<see cref="ObservationReferences.Shared(string)"/>).</param>
/// <param name="Source">The source the row names; null when it names none.</param>
/// <param name="Dimensions">The codes of the dataset's own dimensions in their order, shared instances too; empty when it has none.</param>
public readonly record struct ValidObservation(UInt128 Key, string Indicator, string Area, string Period, Sex Sex, double? Value, ObservationStatus Status,
    string? Note, string? NoteEn, string? Source, string[] Dimensions)
{
    /// <summary>The code of the dimension at <paramref name="index"/> (0 to 3); empty where the dataset has no such dimension.</summary>
    public string DimensionAt(int index) => index < Dimensions.Length ? Dimensions[index] : "";
}

/// <summary>
/// Checks an upload's rows, one after another, against a dataset's references: every field of every row, and that no key
/// (indicator, area, period, sex and the dataset's own dimensions) comes twice. Each problem is reported with its row and column; the first
/// <see cref="ImportError.MaxReported"/> are kept and all are counted. Reads nothing and writes nothing.
/// </summary>
public sealed class ObservationValidator(ObservationReferences references)
{
    public const int MaxNoteLength = 2000;

    private readonly HashSet<UInt128> _seen = [];

    /// <summary>The codes of the dataset's own dimensions: the columns a reader reads them from.</summary>
    public IReadOnlyList<string> DimensionCodes { get; } = [.. references.Dimensions.Select(d => d.Code)];
    private readonly List<ImportError> _errors = [];

    /// <summary>The first problems found, in the order of the rows.</summary>
    public IReadOnlyList<ImportError> Errors => _errors;

    /// <summary>How many problems were found in all.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Checks one row: true and the row to write, or false with its problems added to <see cref="Errors"/>.</summary>
    public bool TryValidate(RawObservation raw, out ValidObservation row)
    {
        var errorsBefore = ErrorCount;
        row = default;
        void Error(string column, string message)
        {
            if (++ErrorCount <= ImportError.MaxReported)
            {
                _errors.Add(new ImportError(raw.Row, column, message));
            }
        }

        if (raw.Indicator is null || !references.Indicators.ContainsKey(raw.Indicator))
        {
            Error("indicator", raw.Indicator is null ? "Missing." : $"'{Excerpt.Shorten(raw.Indicator)}' is not an indicator of this dataset ({string.Join(", ", references.Indicators.Keys)}).");
        }
        if (raw.Area is null || !references.Areas.ContainsKey(raw.Area))
        {
            Error("area", raw.Area is null ? "Missing." : $"'{Excerpt.Shorten(raw.Area)}' is not an area code (see /api/v1/areas).");
        }
        if (raw.Period is null || !ValueFormat.Period.Pattern.IsMatch(raw.Period))
        {
            Error("period", raw.Period is null ? "Missing." : $"'{Excerpt.Shorten(raw.Period)}' is not {ValueFormat.Period.Description}.");
        }
        var sex = Sex.Total;
        if (raw.Sex is not null && !KebabCase.TryParse(raw.Sex, out sex))
        {
            Error("sex", $"'{Excerpt.Shorten(raw.Sex)}' is not one of {string.Join(", ", KebabCase.Names<Sex>())}.");
        }
        for (var i = 0; i < references.Dimensions.Count; i++)
        {
            var dimension = references.Dimensions[i];
            var code = raw.Dimensions.ElementAtOrDefault(i);
            if (code is null || !references.IsCodeOf(i, code))
            {
                Error(dimension.Code, code is null ? "Missing." : $"'{Excerpt.Shorten(code)}' is not a code of {dimension.Code} ({string.Join(", ", dimension.Codes)}).");
            }
        }
        var status = ObservationStatus.Published;
        if (raw.Status is not null && !KebabCase.TryParse(raw.Status, out status))
        {
            Error("status", $"'{Excerpt.Shorten(raw.Status)}' is not one of {string.Join(", ", KebabCase.Names<ObservationStatus>())}.");
        }
        double? value = null;
        var withoutValue = status is ObservationStatus.Missing or ObservationStatus.Suppressed;
        if (raw.Value is null)
        {
            if (!withoutValue)
            {
                Error("value", "Missing; only rows with status missing or suppressed may leave it empty.");
            }
        }
        else if (withoutValue)
        {
            Error("value", $"Must be empty when the status is {KebabCase.ToName(status)}.");
        }
        else if (double.TryParse(raw.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            value = number;
        }
        else
        {
            Error("value", $"'{Excerpt.Shorten(raw.Value)}' is not a number.");
        }
        if (raw.Source is not null && !references.Sources.Contains(raw.Source))
        {
            Error("source", $"'{Excerpt.Shorten(raw.Source)}' is not a source id (see /api/v1/sources).");
        }
        if (raw.Note is { Length: > MaxNoteLength } || raw.NoteEn is { Length: > MaxNoteLength })
        {
            Error("note", $"Longer than {MaxNoteLength} characters.");
        }
        if (XmlText.Problem(raw.Note) is { } note)
        {
            Error("note", note);
        }
        if (XmlText.Problem(raw.NoteEn) is { } noteEn)
        {
            Error("note_en", noteEn);
        }
        if (ErrorCount > errorsBefore)
        {
            return false;
        }
        var key = references.KeyOf(raw.Indicator!, raw.Area!, raw.Period!, sex, raw.Dimensions)!.Value;
        if (!_seen.Add(key))
        {
            Error("period", $"A second value for {string.Join(", ", [raw.Indicator, raw.Area, raw.Period, KebabCase.ToName(sex), .. raw.Dimensions])}.");
            return false;
        }
        row = new ValidObservation(key, references.Shared(raw.Indicator!), references.Shared(raw.Area!), references.Shared(raw.Period!), sex, value, status,
            raw.Note, raw.NoteEn, raw.Source is null ? null : references.Shared(raw.Source),
            raw.Dimensions.Length == 0 ? [] : [.. raw.Dimensions.Select(d => references.Shared(d!))]);
        return true;
    }
}
