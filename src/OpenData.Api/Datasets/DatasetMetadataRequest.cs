using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;
using OpenData.Api.Sources;
using OpenData.Api.Text;

namespace OpenData.Api.Datasets;

/// <summary>Ett datasets metadata och indikatorer som utgivaren skriver dem; ingen text får innehålla tecken som XML inte kan bära (styrtecken utom tabb och radbrytningar). / A dataset's metadata and indicators as a publisher writes them; no text may hold characters XML cannot carry (control characters other than tab and line breaks).</summary>
/// <param name="TitleSv">Swedish title (required; at most 300 characters).</param>
/// <param name="TitleEn">English title (at most 300 characters).</param>
/// <param name="DescriptionSv">Swedish description (at most 10 000 characters).</param>
/// <param name="DescriptionEn">English description (at most 10 000 characters).</param>
/// <param name="Publisher">Id of the publishing organisation; a key may name only its own. Omitted, an existing dataset keeps its publisher and a new one gets the key's.</param>
/// <param name="LicenceId">SPDX licence id ("CC-BY-4.0", at most 100 characters); give it with licenceUri, or neither.</param>
/// <param name="LicenceUri">Canonical licence URI ("http://creativecommons.org/licenses/by/4.0/", http or https, at most 2 000 characters).</param>
/// <param name="LicenceNoteSv">How to use and cite the data, in Swedish (at most 2 000 characters).</param>
/// <param name="LicenceNoteEn">How to use and cite the data, in English (at most 2 000 characters).</param>
/// <param name="KeywordsSv">Swedish keywords (at most 50, each at most 100 characters).</param>
/// <param name="KeywordsEn">English keywords (at most 50, each at most 100 characters).</param>
/// <param name="Theme">EU data theme code: AGRI, ECON, EDUC, ENER, ENVI, GOVE, HEAL, INTR, JUST, OP_DATPRO, REGI, SOCI, TECH or TRAN.</param>
/// <param name="TemporalFrom">First period covered, ISO 8601 ("2019", "2019-03", "2019-Q1"); not after temporalTo.</param>
/// <param name="TemporalTo">Last period covered, ISO 8601 ("2024", "2024-12", "2024-Q4").</param>
/// <param name="SpatialArea">Code of the area covered ("00").</param>
/// <param name="UpdateFrequency">EU frequency code ("ANNUAL", "QUARTERLY", "IRREG"): upper-case letters, digits and _, at most 20 characters.</param>
/// <param name="Issued">Date first published.</param>
/// <param name="Sources">Ids of the sources the figures come from (at least one).</param>
/// <param name="Indicators">What the dataset measures (at least one).</param>
/// <param name="Dimensions">The dataset's own dimensions beside indicator, area, period and sex, in order (at most 4); omitted, an existing dataset keeps its own. Once it has observations, their list and order are fixed and a code in use stays: replace the observations first.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DatasetMetadataRequest(
    [property: MaxLength(MetadataLimits.Title)] string? TitleSv,
    [property: MaxLength(MetadataLimits.Title)] string? TitleEn,
    [property: MaxLength(MetadataLimits.Description)] string? DescriptionSv,
    [property: MaxLength(MetadataLimits.Description)] string? DescriptionEn,
    [property: MaxLength(Limits.IdLength)] string? Publisher,
    [property: MaxLength(Limits.IdLength)] string? LicenceId,
    [property: MaxLength(MetadataLimits.Uri)] string? LicenceUri,
    [property: MaxLength(MetadataLimits.LicenceNote)] string? LicenceNoteSv,
    [property: MaxLength(MetadataLimits.LicenceNote)] string? LicenceNoteEn,
    [property: MaxLength(MetadataLimits.Keywords)] List<string>? KeywordsSv,
    [property: MaxLength(MetadataLimits.Keywords)] List<string>? KeywordsEn,
    [property: MaxLength(MetadataLimits.Code)] string? Theme,
    [property: MaxLength(MetadataLimits.Period)] string? TemporalFrom,
    [property: MaxLength(MetadataLimits.Period)] string? TemporalTo,
    [property: MaxLength(Limits.IdLength)] string? SpatialArea,
    [property: MaxLength(MetadataLimits.Code), RegularExpression(MetadataLimits.FrequencyPattern)] string? UpdateFrequency,
    DateOnly? Issued,
    List<string>? Sources,
    List<IndicatorRequest>? Indicators,
    List<DimensionRequest>? Dimensions = null);

/// <summary>En egen dimension som utgivaren skriver den. / An own dimension as a publisher writes it.</summary>
/// <param name="Code">Its code, also its filter parameter and column (required): a lower-case letter, then lower-case letters, digits and _, at most 40 characters; not a name the API already uses (area, period, sex, value…).</param>
/// <param name="NameSv">Swedish name (required; at most 300 characters).</param>
/// <param name="NameEn">English name (at most 300 characters).</param>
/// <param name="TotalCode">The code that stands for all the others together, where the figures have one; one of the codes.</param>
/// <param name="Codes">Its codes in order (1 to 1 000).</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DimensionRequest(string? Code, string? NameSv, string? NameEn, string? TotalCode, List<DimensionCodeRequest>? Codes);

/// <summary>En kod i en egen dimension. / One code of an own dimension.</summary>
/// <param name="Code">The code (required): letters, digits, ., _ and -, beginning with a letter or digit, at most 64 characters (no commas: lists are comma-separated).</param>
/// <param name="LabelSv">Swedish label (required; at most 300 characters).</param>
/// <param name="LabelEn">English label (at most 300 characters).</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DimensionCodeRequest(string? Code, string? LabelSv, string? LabelEn);

/// <summary>En indikator som utgivaren skriver den. / An indicator as a publisher writes it.</summary>
/// <param name="Code">The indicator's code (required): letters, digits, _, - and . (never two dots in a row), at most 100 characters.</param>
/// <param name="NameSv">Swedish name (required; at most 300 characters).</param>
/// <param name="NameEn">English name (at most 300 characters).</param>
/// <param name="UnitSv">Swedish unit (required; at most 300 characters).</param>
/// <param name="UnitEn">English unit (at most 300 characters).</param>
/// <param name="DefinitionSv">Swedish definition (at most 5 000 characters).</param>
/// <param name="DefinitionEn">English definition (at most 5 000 characters).</param>
/// <param name="HigherIsBetter">Whether a higher value is better.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record IndicatorRequest(
    [property: MaxLength(Limits.IdLength), RegularExpression(MetadataLimits.IndicatorCodePattern)] string? Code,
    [property: MaxLength(MetadataLimits.Name)] string? NameSv,
    [property: MaxLength(MetadataLimits.Name)] string? NameEn,
    [property: MaxLength(MetadataLimits.Name)] string? UnitSv,
    [property: MaxLength(MetadataLimits.Name)] string? UnitEn,
    [property: MaxLength(MetadataLimits.Definition)] string? DefinitionSv,
    [property: MaxLength(MetadataLimits.Definition)] string? DefinitionEn,
    bool? HigherIsBetter);

/// <summary>The most each field of a dataset's metadata may hold, in characters (UTF-16 code units) or, for lists, items.</summary>
public static class MetadataLimits
{
    public const int Title = 300;
    public const int Description = 10_000;
    public const int LicenceNote = 2_000;
    public const int Uri = 2_000;
    public const int Keyword = 100;
    public const int Keywords = 50;
    /// <summary>Theme and update frequency codes.</summary>
    public const int Code = 20;
    public const int Period = 7;
    /// <summary>Indicator names and units.</summary>
    public const int Name = 300;
    public const int Definition = 5_000;
    /// <summary>Letters, digits, _, - and ., never two dots in a row (no "../"), at most 100 characters.</summary>
    public const string IndicatorCodePattern = @"^(?!.*\.\.)[A-Za-z0-9_.-]{1,100}$";
    public const string FrequencyPattern = "^[A-Z0-9_]{1,20}$";
    public const string DimensionPattern = "^[a-z][a-z0-9_]{0,39}$";
    public const string DimensionCodePattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    public const int DimensionCodes = 1_000;
}

/// <summary>Checks a dataset's metadata as a publisher writes it; each error names its field as the JSON does ("indicators[0].code").</summary>
internal static partial class DatasetMetadataValidation
{
    private static readonly HashSet<string> EuThemes = ["AGRI", "ECON", "EDUC", "ENER", "ENVI", "GOVE", "HEAL", "INTR", "JUST", "OP_DATPRO", "REGI", "SOCI", "TECH", "TRAN"];

    /// <param name="publisher">The publisher the dataset will have: the one the request names, or the default for an omitted one.</param>
    public static async Task<Dictionary<string, string[]>> ValidateAsync(string id, DatasetMetadataRequest request, string? publisher,
        OpenDataDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (id.Length > Limits.IdLength || Slug.From(id) != id)
        {
            errors.Add("id", "Use lower-case letters, digits and single hyphens, at most 100 characters (scb-folkmangd).");
        }
        ValidateTexts(errors, request);
        ValidateLicence(errors, request);
        ValidateCoverage(errors, request);
        ValidateIndicators(errors, request.Indicators);
        ValidateDimensions(errors, request.Dimensions);
        await ValidateReferencesAsync(errors, request, publisher, db, cancellationToken);
        return errors.ByField;
    }

    private static void ValidateTexts(FieldErrors errors, DatasetMetadataRequest request)
    {
        errors.RequiredText("titleSv", request.TitleSv, MetadataLimits.Title);
        errors.Text("titleEn", request.TitleEn, MetadataLimits.Title);
        errors.Text("descriptionSv", request.DescriptionSv, MetadataLimits.Description);
        errors.Text("descriptionEn", request.DescriptionEn, MetadataLimits.Description);
        ValidateKeywords(errors, "keywordsSv", request.KeywordsSv);
        ValidateKeywords(errors, "keywordsEn", request.KeywordsEn);
    }

    private static void ValidateKeywords(FieldErrors errors, string field, List<string>? keywords)
    {
        if (keywords is { Count: > MetadataLimits.Keywords })
        {
            errors.Add(field, $"At most {MetadataLimits.Keywords} keywords; this has {keywords.Count}.");
        }
        foreach (var (keyword, i) in (keywords ?? []).Select((k, i) => (k, i)))
        {
            errors.RequiredText($"{field}[{i}]", keyword, MetadataLimits.Keyword);
        }
    }

    private static void ValidateLicence(FieldErrors errors, DatasetMetadataRequest request)
    {
        errors.Text("licenceId", request.LicenceId, Limits.IdLength);
        errors.Text("licenceUri", request.LicenceUri, MetadataLimits.Uri);
        errors.Text("licenceNoteSv", request.LicenceNoteSv, MetadataLimits.LicenceNote);
        errors.Text("licenceNoteEn", request.LicenceNoteEn, MetadataLimits.LicenceNote);
        if ((request.LicenceId is null) != (request.LicenceUri is null))
        {
            errors.Add("licenceUri", "Give both licenceId (SPDX) and licenceUri (canonical URI), or neither.");
        }
        if (request.LicenceUri is not null && !(Uri.TryCreate(request.LicenceUri, UriKind.Absolute, out var licenceUri) && licenceUri.Scheme is "http" or "https"))
        {
            errors.Add("licenceUri", "Not an absolute http or https URI.");
        }
    }

    private static void ValidateCoverage(FieldErrors errors, DatasetMetadataRequest request)
    {
        if (request.Theme is not null && !EuThemes.Contains(request.Theme))
        {
            errors.Add("theme", $"'{Excerpt.Shorten(request.Theme)}' is not an EU data theme code ({string.Join(", ", EuThemes)}).");
        }
        if (request.UpdateFrequency is not null && !Matches(FrequencyCode(), request.UpdateFrequency))
        {
            errors.Add("updateFrequency", $"'{Excerpt.Shorten(request.UpdateFrequency)}' is not an EU frequency code (ANNUAL, QUARTERLY, IRREG…): "
                                          + $"upper-case letters, digits and _, at most {MetadataLimits.Code} characters.");
        }
        var from = Period(errors, "temporalFrom", request.TemporalFrom);
        var to = Period(errors, "temporalTo", request.TemporalTo);
        if (from is not null && to is not null && from.Value.CompareTo(to.Value) > 0)
        {
            errors.Add("temporalFrom", $"{request.TemporalFrom} is after temporalTo ({request.TemporalTo}).");
        }
    }

    /// <summary>The year and first month of an ISO 8601 period, so that "2019-Q2" and "2019-04" compare as they should.</summary>
    private static (int Year, int Month)? Period(FieldErrors errors, string field, string? period)
    {
        if (period is null)
        {
            return null;
        }
        if (!Matches(ValueFormat.Period.Pattern, period))
        {
            errors.Add(field, $"'{Excerpt.Shorten(period)}' is not {ValueFormat.Period.Description}.");
            return null;
        }
        var year = int.Parse(period[..4], System.Globalization.CultureInfo.InvariantCulture);
        return period.Length == 4 ? (year, 1)
            : period[5] == 'Q' ? (year, (period[6] - '1') * 3 + 1)
            : (year, int.Parse(period[5..], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void ValidateIndicators(FieldErrors errors, List<IndicatorRequest>? indicators)
    {
        if (indicators is not { Count: > 0 })
        {
            errors.Add("indicators", "Give at least one indicator.");
            return;
        }
        foreach (var (indicator, i) in indicators.Select((x, i) => (x, i)))
        {
            var field = $"indicators[{i}]";
            if (indicator is null)
            {
                errors.Add(field, "An indicator, not null.");
                continue;
            }
            if (indicator.Code is null || !Matches(IndicatorCode(), indicator.Code))
            {
                errors.Add($"{field}.code", "Required: letters, digits, _, - and . (never two dots in a row), at most 100 characters.");
            }
            errors.RequiredText($"{field}.nameSv", indicator.NameSv, MetadataLimits.Name);
            errors.Text($"{field}.nameEn", indicator.NameEn, MetadataLimits.Name);
            errors.RequiredText($"{field}.unitSv", indicator.UnitSv, MetadataLimits.Name);
            errors.Text($"{field}.unitEn", indicator.UnitEn, MetadataLimits.Name);
            errors.Text($"{field}.definitionSv", indicator.DefinitionSv, MetadataLimits.Definition);
            errors.Text($"{field}.definitionEn", indicator.DefinitionEn, MetadataLimits.Definition);
        }
        foreach (var duplicate in indicators.GroupBy(x => x?.Code).Where(g => g.Key is not null && g.Count() > 1))
        {
            errors.Add("indicators", $"The code '{duplicate.Key}' appears twice.");
        }
    }

    private static void ValidateDimensions(FieldErrors errors, List<DimensionRequest>? dimensions)
    {
        if (dimensions is null)
        {
            return;
        }
        if (dimensions.Count > DatasetDimension.MaxPerDataset)
        {
            errors.Add("dimensions", $"At most {DatasetDimension.MaxPerDataset} dimensions of its own beside indicator, area, period and sex; this has {dimensions.Count}.");
        }
        foreach (var (dimension, i) in dimensions.Select((x, i) => (x, i)))
        {
            var field = $"dimensions[{i}]";
            if (dimension is null)
            {
                errors.Add(field, "A dimension, not null.");
                continue;
            }
            if (dimension.Code is null || !Matches(DimensionCode(), dimension.Code))
            {
                errors.Add($"{field}.code", "Required: a lower-case letter, then lower-case letters, digits and _, at most 40 characters (age).");
            }
            else if (DatasetDimensions.ReservedCodes.Contains(dimension.Code))
            {
                errors.Add($"{field}.code", $"'{dimension.Code}' is a name the API already uses ({string.Join(", ", DatasetDimensions.ReservedCodes.Order(StringComparer.Ordinal))}).");
            }
            errors.RequiredText($"{field}.nameSv", dimension.NameSv, MetadataLimits.Name);
            errors.Text($"{field}.nameEn", dimension.NameEn, MetadataLimits.Name);
            if (dimension.Codes is not { Count: > 0 and <= MetadataLimits.DimensionCodes })
            {
                errors.Add($"{field}.codes", $"Give from 1 to {MetadataLimits.DimensionCodes} codes.");
                continue;
            }
            foreach (var (code, j) in dimension.Codes.Select((x, j) => (x, j)))
            {
                if (code?.Code is null || !Matches(DimensionValueCode(), code.Code))
                {
                    errors.Add($"{field}.codes[{j}].code", "Required: letters, digits, ., _ and -, beginning with a letter or digit, at most 64 characters.");
                }
                errors.RequiredText($"{field}.codes[{j}].labelSv", code?.LabelSv, MetadataLimits.Name);
                errors.Text($"{field}.codes[{j}].labelEn", code?.LabelEn, MetadataLimits.Name);
            }
            foreach (var duplicate in dimension.Codes.GroupBy(c => c?.Code).Where(g => g.Key is not null && g.Count() > 1))
            {
                errors.Add($"{field}.codes", $"The code '{duplicate.Key}' appears twice.");
            }
            if (dimension.TotalCode is not null && !dimension.Codes.Any(c => c?.Code == dimension.TotalCode))
            {
                errors.Add($"{field}.totalCode", $"'{Excerpt.Shorten(dimension.TotalCode)}' is not one of its codes.");
            }
        }
        foreach (var duplicate in dimensions.GroupBy(x => x?.Code).Where(g => g.Key is not null && g.Count() > 1))
        {
            errors.Add("dimensions", $"The code '{duplicate.Key}' appears twice.");
        }
    }

    private static async Task ValidateReferencesAsync(FieldErrors errors, DatasetMetadataRequest request, string? publisher, OpenDataDbContext db,
        CancellationToken cancellationToken)
    {
        if (publisher is not null && !await db.Organisations.AnyAsync(o => o.Id == publisher, cancellationToken))
        {
            errors.Add("publisher", $"'{Excerpt.Shorten(publisher)}' is not an organisation id.");
        }
        if (request.SpatialArea is not null && !await db.Areas.AnyAsync(a => a.Code == request.SpatialArea, cancellationToken))
        {
            errors.Add("spatialArea", $"'{Excerpt.Shorten(request.SpatialArea)}' is not an area code.");
        }
        if (request.Sources is not { Count: > 0 })
        {
            errors.Add("sources", "Name at least one source: every dataset says where its figures come from.");
            return;
        }
        foreach (var i in Enumerable.Range(0, request.Sources.Count).Where(i => request.Sources[i] is null))
        {
            errors.Add($"sources[{i}]", "A source id, not null.");
        }
        var named = request.Sources.OfType<string>().ToList();
        var known = await db.Sources.Where(s => named.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var unknown in named.Except(known))
        {
            errors.Add("sources", $"'{Excerpt.Shorten(unknown)}' is not a source id.");
        }
    }

    // .NET's $ also matches before a final line feed, which none of these values may end with.
    private static bool Matches(Regex pattern, string text) => !text.EndsWith('\n') && pattern.IsMatch(text);

    [GeneratedRegex(MetadataLimits.IndicatorCodePattern, RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorCode();

    [GeneratedRegex(MetadataLimits.FrequencyPattern, RegexOptions.CultureInvariant)]
    private static partial Regex FrequencyCode();

    [GeneratedRegex(MetadataLimits.DimensionPattern, RegexOptions.CultureInvariant)]
    private static partial Regex DimensionCode();

    [GeneratedRegex(MetadataLimits.DimensionCodePattern, RegexOptions.CultureInvariant)]
    private static partial Regex DimensionValueCode();
}

/// <summary>Validation errors by field, as problem details carry them.</summary>
internal sealed class FieldErrors
{
    public Dictionary<string, string[]> ByField { get; } = new(StringComparer.Ordinal);

    public void Add(string field, string message) => ByField[field] = ByField.TryGetValue(field, out var messages) ? [.. messages, message] : [message];

    /// <summary>Optional text: at most <paramref name="maxLength"/> characters, every one of which XML can carry.</summary>
    public void Text(string field, string? text, int maxLength)
    {
        if (text is not null && text.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters; this has {text.Length}.");
        }
        if (XmlText.Problem(text) is { } problem)
        {
            Add(field, problem);
        }
    }

    public void RequiredText(string field, string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, "Required.");
        }
        Text(field, text, maxLength);
    }
}
