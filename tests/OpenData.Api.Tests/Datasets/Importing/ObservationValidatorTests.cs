using OpenData.Api.Datasets;
using OpenData.Api.Datasets.Importing;

namespace OpenData.Api.Tests.Datasets.Importing;

/// <summary>The validator is pure: rows and references in, valid rows or problems by row and column out.</summary>
public sealed class ObservationValidatorTests
{
    private static ObservationReferences References() => new(["RATE", "COUNT"], [], ["00", "01", "0180"], ["scb-source"]);

    private static RawObservation Row(int row = 2, string? indicator = "RATE", string? area = "00", string? period = "2024", string? sex = null,
        string? value = "1.5", string? status = null, string? note = null, string? noteEn = null, string? source = null) =>
        new(row, indicator, area, period, sex, value, status, note, noteEn, source, []);

    [Fact]
    public void AValidRowIsParsedWithItsDefaults()
    {
        var validator = new ObservationValidator(References());

        Assert.True(validator.TryValidate(Row(value: "-3.25e1", note: "Anm.", source: "scb-source"), out var row));

        Assert.Equal(("RATE", "00", "2024", Sex.Total, -32.5, ObservationStatus.Published, "Anm.", (string?)null, "scb-source"),
            (row.Indicator, row.Area, row.Period, row.Sex, row.Value, row.Status, row.Note, row.NoteEn, row.Source));
        Assert.Empty(validator.Errors);
        Assert.Equal(0, validator.ErrorCount);
    }

    [Theory]
    [InlineData("missing", null)]
    [InlineData("suppressed", null)]
    [InlineData("provisional", 7.0)]
    public void OnlyMissingAndSuppressedRowsLeaveTheValueOut(string status, double? value)
    {
        var validator = new ObservationValidator(References());

        Assert.True(validator.TryValidate(Row(status: status, value: value?.ToString(System.Globalization.CultureInfo.InvariantCulture), sex: "female"), out var row));

        Assert.Equal((value, Sex.Female), (row.Value, row.Sex));
    }

    public static TheoryData<RawObservation, string, string> InvalidRows => new()
    {
        { Row(indicator: null), "indicator", "Missing." },
        { Row(indicator: "NOPE"), "indicator", "'NOPE' is not an indicator of this dataset (RATE, COUNT)." },
        { Row(area: null), "area", "Missing." },
        { Row(area: "99"), "area", "'99' is not an area code (see /api/v1/areas)." },
        { Row(period: null), "period", "Missing." },
        { Row(period: "20x3"), "period", "'20x3' is not an ISO 8601 period such as 2024, 2024-03 or 2024-Q1." },
        { Row(period: "2024-13"), "period", "'2024-13' is not an ISO 8601 period such as 2024, 2024-03 or 2024-Q1." },
        { Row(sex: "both"), "sex", "'both' is not one of total, female, male." },
        { Row(status: "estimated"), "status", "'estimated' is not one of published, derived, provisional, missing, suppressed." },
        { Row(value: null), "value", "Missing; only rows with status missing or suppressed may leave it empty." },
        { Row(value: "3", status: "suppressed"), "value", "Must be empty when the status is suppressed." },
        { Row(value: "many"), "value", "'many' is not a number." },
        { Row(value: "3,5"), "value", "'3,5' is not a number." },
        { Row(value: "NaN"), "value", "'NaN' is not a number." },
        { Row(value: "1e999"), "value", "'1e999' is not a number." },
        { Row(source: "no-such-source"), "source", "'no-such-source' is not a source id (see /api/v1/sources)." },
        { Row(note: new string('x', 2001)), "note", "Longer than 2000 characters." },
        { Row(noteEn: new string('x', 2001)), "note", "Longer than 2000 characters." },
        { Row(note: "a\u0001"), "note", "Character 2 is U+0001, which XML cannot carry: no control characters other than tab, line feed and carriage return, no U+FFFE or U+FFFF, no lone surrogates." },
        { Row(noteEn: "\ufffe"), "note_en", "Character 1 is U+FFFE, which XML cannot carry: no control characters other than tab, line feed and carriage return, no U+FFFE or U+FFFF, no lone surrogates." },
    };

    [Theory]
    [MemberData(nameof(InvalidRows))]
    public void AnInvalidFieldIsReportedWithItsRowColumnAndMessage(RawObservation raw, string column, string message)
    {
        var validator = new ObservationValidator(References());

        Assert.False(validator.TryValidate(raw with { Row = 7 }, out _));

        Assert.Equal([new ImportError(7, column, message)], validator.Errors);
        Assert.Equal(1, validator.ErrorCount);
    }

    [Fact]
    public void EveryProblemOfARowIsReportedInTheOrderOfItsFields()
    {
        var validator = new ObservationValidator(References());

        Assert.False(validator.TryValidate(Row(indicator: "NOPE", area: null, value: "x", noteEn: "\u0002"), out _));

        Assert.Equal(["indicator", "area", "value", "note_en"], validator.Errors.Select(e => e.Column));
    }

    [Fact]
    public void AKeyGivenTwiceIsReportedOnTheSecondRow()
    {
        var validator = new ObservationValidator(References());

        Assert.True(validator.TryValidate(Row(row: 2, sex: "male"), out var first));
        Assert.True(validator.TryValidate(Row(row: 3, sex: "female"), out var other));
        Assert.False(validator.TryValidate(Row(row: 4, sex: "male", value: "2"), out _));

        Assert.NotEqual(first.Key, other.Key);
        Assert.Equal([new ImportError(4, "period", "A second value for RATE, 00, 2024, male.")], validator.Errors);
    }

    [Fact]
    public void AnInvalidRowDoesNotTakeItsKey()
    {
        var validator = new ObservationValidator(References());

        Assert.False(validator.TryValidate(Row(row: 2, value: "x"), out _));
        Assert.True(validator.TryValidate(Row(row: 3), out _));

        Assert.Equal(1, validator.ErrorCount);
    }

    [Fact]
    public void TheFirstHundredProblemsAreKeptAndAllAreCounted()
    {
        var validator = new ObservationValidator(References());

        for (var row = 2; row < 152; row++)
        {
            Assert.False(validator.TryValidate(Row(row: row, area: "99"), out _));
        }
        Assert.True(validator.TryValidate(Row(row: 152), out _));

        Assert.Equal(ImportError.MaxReported, validator.Errors.Count);
        Assert.Equal(150, validator.ErrorCount);
        Assert.Equal(101, validator.Errors[^1].Row);
    }

    [Fact]
    public void KeysMatchTheReferencesNumbering()
    {
        var references = References();
        var validator = new ObservationValidator(references);

        Assert.True(validator.TryValidate(Row(indicator: "COUNT", area: "0180", period: "2024-Q1", sex: "female"), out var row));

        Assert.Equal(references.KeyOf("COUNT", "0180", "2024-Q1", Sex.Female, []), row.Key);
        Assert.Null(references.KeyOf("COUNT", "99", "2024-Q1", Sex.Female, []));
    }
}
