using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenData.Api.Text;

namespace OpenData.Api.Querying;

/// <summary>A list request read from the REST query string: which records, in which order, which page.</summary>
public sealed record ListRequest(
    FilterNode Filter,
    string? Search,
    DateTime? ChangedSince,
    IReadOnlyList<SortKey> Sort,
    int Limit,
    int Offset,
    bool UsesOffset,
    long? AfterId,
    string QueryFingerprint)
{
    public const string LimitParameter = "limit";
    public const string PageParameter = "page";
    public const string OffsetParameter = "offset";
    public const string CursorParameter = "cursor";
    public const string SortParameter = "sort";
    public const string SearchParameter = "q";
    public const string ChangedSinceParameter = "changedSince";
    public const string LanguageParameter = "lang";

    /// <summary>The first page of up to <paramref name="limit"/> records in the default order, unfiltered.</summary>
    public static ListRequest FirstPage(int limit) => new(new AllOf([]), null, null, [], limit, 0, false, null, "");

    /// <summary>
    /// Reads the query string. Every parameter must be known to the resource: a misspelt filter answers 400,
    /// never a silently unfiltered list.
    /// </summary>
    /// <param name="codeParameters">The filters on code columns this request's records have (a dataset's own dimensions).</param>
    public static ListRequest? Parse<T>(PathString list, IQueryCollection query, QueryDefinition<T> definition, int defaultLimit, int maxLimit,
        ParameterErrors errors, IReadOnlyList<CodeParameter>? codeParameters = null)
    {
        codeParameters ??= [];
        var accepted = AcceptedParameters(definition).Concat(codeParameters.Select(p => p.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            if (!accepted.Contains(name))
            {
                var names = string.Join(", ", AcceptedParameters(definition).Concat(codeParameters.Select(p => p.Name)));
                errors.Add(name, $"Okänd parameter. Listan tar: {names}.", $"Unknown parameter. This list accepts: {names}.");
            }
            else if (values.Count > 1)
            {
                errors.Add(name, GivenTwice);
            }
        }

        var filter = ParseFilter(query, definition, errors, codeParameters);

        var search = Single(query, SearchParameter);
        if (search is not null && (search.Trim().Length == 0 || search.Length > ValueParser.MaxTextLength))
        {
            errors.Add(SearchParameter, $"Ange mellan 1 och {ValueParser.MaxTextLength} tecken att söka efter.",
                $"Give between 1 and {ValueParser.MaxTextLength} characters to search for.");
        }

        DateTime? changedSince = null;
        if (Single(query, ChangedSinceParameter) is { } since)
        {
            if (ValueParser.TryParseTimestamp(since, out var timestamp))
            {
                changedSince = timestamp;
            }
            else
            {
                errors.Add(ChangedSinceParameter, ValueParser.IsNot(since, ValueParser.Describe(typeof(DateTime))).Sentence());
            }
        }

        var sort = ParseSort(definition, Single(query, SortParameter), errors, codeParameters);
        var limit = ParseInteger(query, LimitParameter, 1, maxLimit, defaultLimit, errors);
        var page = ParseInteger(query, PageParameter, 1, int.MaxValue, 1, errors);
        var offset = ParseInteger(query, OffsetParameter, 0, int.MaxValue, 0, errors);
        var usesOffset = query.ContainsKey(OffsetParameter);
        if (usesOffset && query.ContainsKey(PageParameter))
        {
            errors.Add(OffsetParameter, "Ange antingen page eller offset, inte båda.", "Give either page or offset, not both.");
        }

        var fingerprint = Fingerprint(list, query);
        long? afterId = null;
        if (Single(query, CursorParameter) is { } cursor)
        {
            if (!definition.SupportsCursor)
            {
                errors.Add(CursorParameter, "Listan bläddras med page eller offset; den tar ingen cursor.", "This list pages with page or offset; it takes no cursor.");
            }
            else if (query.ContainsKey(PageParameter) || usesOffset || query.ContainsKey(SortParameter))
            {
                errors.Add(CursorParameter, "En cursor fortsätter standardordningen; ange den utan page, offset eller sort.",
                    "A cursor continues the default order; give it without page, offset or sort.");
            }
            else if (Cursor.TryRead(cursor, fingerprint, out var id))
            {
                afterId = id;
            }
            else
            {
                errors.Add(CursorParameter, "Inte en cursor för den här frågan. Använd föregående sidas next-länk, med samma filter.",
                    "Not a cursor of this query. Use the next link of the previous page, with the same filters.");
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }
        var skip = usesOffset ? offset : (long)(page - 1) * limit;
        if (skip > int.MaxValue)
        {
            errors.Add(PageParameter, "Ligger bortom slutet av varje lista.", "Is past the end of any list.");
            return null;
        }
        return new ListRequest(filter, search, changedSince, sort, limit, (int)skip, usesOffset, afterId, fingerprint);
    }

    /// <summary>
    /// Reads a query string that takes only a resource's filters (and lang): every other parameter, and one given twice, is an
    /// error, as in <see cref="Parse"/>.
    /// </summary>
    public static FilterNode? ParseFilterOnly<T>(IQueryCollection query, QueryDefinition<T> definition, ParameterErrors errors,
        IReadOnlyList<CodeParameter> codeParameters)
    {
        var accepted = FilterParameters(definition).Concat(codeParameters.Select(p => p.Name)).Append(LanguageParameter).ToList();
        foreach (var (name, values) in query)
        {
            if (!accepted.Contains(name))
            {
                errors.Add(name, $"Okänd parameter. Resursen tar: {string.Join(", ", accepted)}.", $"Unknown parameter. This resource accepts: {string.Join(", ", accepted)}.");
            }
            else if (values.Count > 1)
            {
                errors.Add(name, GivenTwice);
            }
        }
        var filter = ParseFilter(query, definition, errors, codeParameters);
        return errors.Count == 0 ? filter : null;
    }

    /// <summary>The parameters that filter a resource: each field's own, its range parameters and its window over latest values.</summary>
    public static IEnumerable<string> FilterParameters<T>(QueryDefinition<T> definition) =>
        definition.Fields.SelectMany(field => new[] { field.Name, field.RangeParameters?.From, field.RangeParameters?.To, field.LatestParameter }.OfType<string>());

    /// <summary>Reads the filter parameters of a resource (field=a,b and the range parameters) into a filter tree.</summary>
    public static FilterNode ParseFilter<T>(IQueryCollection query, QueryDefinition<T> definition, ParameterErrors errors,
        IReadOnlyList<CodeParameter>? codeParameters = null)
    {
        var conditions = new List<FilterNode>();
        foreach (var parameter in codeParameters ?? [])
        {
            if (Single(query, parameter.Name) is { } list)
            {
                var (condition, error) = parameter.Read(list.Split(','));
                if (condition is not null)
                {
                    conditions.Add(condition);
                }
                else
                {
                    errors.Add(parameter.Name, error!);
                }
            }
        }
        foreach (var field in definition.Fields)
        {
            if (Single(query, field.Name) is { } list)
            {
                if (field.LatestParameter is { } windowParameter && list.Split(',').Contains(LatestValues.Latest))
                {
                    if (list == LatestValues.Latest)
                    {
                        conditions.Add(new LatestValues(field.Name, 1));
                    }
                    else
                    {
                        errors.Add(field.Name, $"{LatestValues.Latest} står ensamt: ange {field.Name}={LatestValues.Latest}, eller {windowParameter}=N för de N senaste.",
                            $"{LatestValues.Latest} stands alone: give {field.Name}={LatestValues.Latest}, or {windowParameter}=N for the N latest.");
                    }
                }
                else if (ParseValues(field, field.Name, list, errors) is { } values)
                {
                    conditions.Add(new Condition(field.Name, values.Count == 1 ? FilterOperator.Eq : FilterOperator.In, values));
                }
            }
            if (field.LatestParameter is { } latestParameter && Single(query, latestParameter) is { } count)
            {
                if (conditions.Any(c => c is LatestValues window && window.Field == field.Name))
                {
                    errors.Add(latestParameter, $"Ange antingen {field.Name}={LatestValues.Latest} eller {latestParameter}, inte båda.",
                        $"Give either {field.Name}={LatestValues.Latest} or {latestParameter}, not both.");
                }
                else if (int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var latest)
                         && latest is >= 1 and <= LatestValues.MaxCount)
                {
                    conditions.Add(new LatestValues(field.Name, latest));
                }
                else
                {
                    errors.Add(latestParameter, ValueParser.IsNot(count, WholeNumber(1, LatestValues.MaxCount)).Sentence());
                }
            }
            if (field.RangeParameters is var (from, to))
            {
                foreach (var (parameter, op) in new[] { (from, FilterOperator.Gte), (to, FilterOperator.Lte) })
                {
                    if (Single(query, parameter) is { } raw)
                    {
                        if (TryParseValue(field, raw, out var value, out var error))
                        {
                            conditions.Add(new Condition(field.Name, op, [value]));
                        }
                        else
                        {
                            errors.Add(parameter, error.Sentence());
                        }
                    }
                }
            }
        }

        return new AllOf(conditions);
    }

    public static IEnumerable<string> AcceptedParameters<T>(QueryDefinition<T> definition)
    {
        foreach (var parameter in FilterParameters(definition))
        {
            yield return parameter;
        }
        if (definition.SearchText is not null)
        {
            yield return SearchParameter;
        }
        if (definition.UpdatedAt is not null)
        {
            yield return ChangedSinceParameter;
        }
        yield return SortParameter;
        yield return LimitParameter;
        yield return PageParameter;
        yield return OffsetParameter;
        if (definition.SupportsCursor)
        {
            yield return CursorParameter;
        }
        yield return LanguageParameter;
    }

    private static List<object>? ParseValues<T>(FilterField<T> field, string parameter, string raw, ParameterErrors errors)
    {
        var values = new List<object>();
        foreach (var part in raw.Split(','))
        {
            if (part.Length == 0)
            {
                errors.Add(parameter, "Har ett tomt värde. Ange ett eller flera kommaseparerade värden.", "Has an empty value. Give one or more comma-separated values.");
                return null;
            }
            if (!TryParseValue(field, part, out var value, out var error))
            {
                errors.Add(parameter, error.Sentence());
                return null;
            }
            values.Add(value);
        }
        return values;
    }

    private static bool TryParseValue<T>(FilterField<T> field, string raw, out object value, out ErrorMessage error)
    {
        if (raw.Length == 0)
        {
            (value, error) = (raw, new("är tom", "is empty"));
            return false;
        }
        if (!ValueParser.TryParse(field.ValueType, raw, out value, out error))
        {
            return false;
        }
        if (field.Format is { } format && !format.Pattern.IsMatch(raw))
        {
            error = ValueParser.IsNot(raw, format.Describes);
            return false;
        }
        return true;
    }

    private static List<SortKey> ParseSort<T>(QueryDefinition<T> definition, string? raw, ParameterErrors errors,
        IReadOnlyList<CodeParameter> codeParameters)
    {
        var keys = new List<SortKey>();
        if (raw is null)
        {
            return keys;
        }
        foreach (var part in raw.Split(','))
        {
            var descending = part.StartsWith('-');
            var name = descending ? part[1..] : part;
            if (keys.Any(k => k.Field == name))
            {
                errors.Add(SortParameter, $"'{Excerpt.Shorten(name)}' står två gånger; sortera efter en nyckel en gång.",
                    $"'{Excerpt.Shorten(name)}' is given twice; sort by a key once.");
                return keys;
            }
            if (codeParameters.FirstOrDefault(p => p.Name == name) is { } codes)
            {
                keys.Add(new SortKey(name, descending) { Codes = codes });
                continue;
            }
            if (!definition.TryGetSort(name, out _))
            {
                var names = definition.Sorts.Select(s => s.Name).Concat(codeParameters.Select(p => p.Name));
                errors.Add(SortParameter,
                    $"'{Excerpt.Shorten(part)}' är ingen sorteringsnyckel. Sortera efter {string.Join(", ", names)}, kommaseparerat, med '-' före för fallande ordning.",
                    $"'{Excerpt.Shorten(part)}' is not a sort key. Sort by {string.Join(", ", names)}, comma-separated, each with a leading '-' for descending order.");
                return keys;
            }
            keys.Add(new SortKey(name, descending));
        }
        return keys;
    }

    private static int ParseInteger(IQueryCollection query, string name, int min, int max, int fallback, ParameterErrors errors)
    {
        if (Single(query, name) is not { } raw)
        {
            return fallback;
        }
        if (int.TryParse(raw, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }
        if (long.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var large) && large > max)
        {
            errors.Add(name, $"'{Excerpt.Shorten(raw)}' är för stort: högst {max}.", $"'{Excerpt.Shorten(raw)}' is too large: at most {max}.");
            return fallback;
        }
        errors.Add(name, ValueParser.IsNot(raw, max == int.MaxValue ? new($"ett heltal på minst {min}", $"a whole number of at least {min}") : WholeNumber(min, max)).Sentence());
        return fallback;
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    private static readonly ErrorMessage GivenTwice = new("Angiven mer än en gång. Ange den en gång; flera värden kommaseparerade (kind=a,b).",
        "Given more than once. Give it once; several values go comma-separated (kind=a,b).");

    private static ErrorMessage WholeNumber(int min, int max) => new($"ett heltal från {min} till {max}", $"a whole number from {min} to {max}");

    /// <summary>Identifies which records a query selects and in which order (not which page), so a cursor cannot be used with another query.</summary>
    /// <summary>The list (its path: one dataset's observations are not another's) and what selects and orders its rows.</summary>
    private static string Fingerprint(PathString list, IQueryCollection query)
    {
        var relevant = query
            .Where(p => p.Key is not (LimitParameter or PageParameter or OffsetParameter or CursorParameter or LanguageParameter))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(list.Value + "?" + string.Join('&', relevant))))[..16];
    }
}

/// <summary>An opaque keyset cursor: the last id of a page and the fingerprint of the query it belongs to.</summary>
public static class Cursor
{
    public static string Write(long afterId, string fingerprint) =>
        Base64Url(JsonSerializer.SerializeToUtf8Bytes(new CursorState(afterId, fingerprint)));

    public static bool TryRead(string cursor, string fingerprint, out long afterId)
    {
        afterId = 0;
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var state = JsonSerializer.Deserialize<CursorState>(Convert.FromBase64String(padded));
            if (state is null || state.Query != fingerprint)
            {
                return false;
            }
            afterId = state.After;
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record CursorState(long After, string Query);
}
