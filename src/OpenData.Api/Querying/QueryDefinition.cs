using System.Linq.Expressions;
using System.Reflection;
using OpenData.Api.Data;
using OpenData.Api.Text;

namespace OpenData.Api.Querying;

/// <summary>
/// What a resource lets its users filter, search and sort by, declared once. REST query parameters and
/// GraphQL <c>where</c>/<c>order</c> arguments are both generated from it, and both end up as the same
/// <see cref="IQueryable{T}"/> expressions, so the two APIs cannot disagree about what a filter means.
/// </summary>
public sealed class QueryDefinition<T> : IQueryDescription
{
    private readonly Dictionary<string, FilterField<T>> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortField<T>> _sorts = new(StringComparer.Ordinal);

    public QueryDefinition(string resource, LambdaExpression idKey)
    {
        Resource = resource;
        IdKey = idKey;
    }

    /// <summary>The resource's name in URLs and the change feed ("organisations").</summary>
    public string Resource { get; }

    /// <summary>The unique key every sort order ends with, so equal keys come back in a stable order.</summary>
    public LambdaExpression IdKey { get; }

    public IReadOnlyCollection<FilterField<T>> Fields => _fields.Values;

    public IReadOnlyCollection<SortField<T>> Sorts => _sorts.Values;

    public IReadOnlyList<SortKey> DefaultSort { get; private set; } = [];

    public Expression<Func<T, string>>? SearchText { get; private set; }

    public Expression<Func<T, DateTime>>? UpdatedAt { get; private set; }

    /// <summary>Whether lists of this resource page with an opaque keyset cursor (the id order).</summary>
    public bool SupportsCursor { get; private set; }

    public FilterField<T> Field(string name) => _fields[name];

    public bool TryGetSort(string name, out SortField<T> sort) => _sorts.TryGetValue(name, out sort!);

    /// <summary>A filter on a property. Operators follow its type: every type has eq, neq and in; text adds contains and startsWith; numbers, dates and periods add gt, gte, lt and lte.</summary>
    /// <param name="name">The REST parameter and GraphQL field name.</param>
    /// <param name="property">The property compared.</param>
    /// <param name="description">What the filter selects, in Swedish and English.</param>
    /// <param name="example">An example value for the documentation.</param>
    /// <param name="rangeParameters">REST names for the lower and upper bound ("yearFrom", "yearTo"); they become gte and lte.</param>
    /// <param name="format">For text values with a fixed form (periods): a check and a description of the form.</param>
    /// <param name="latestParameter">
    /// The REST parameter (and GraphQL argument) for a rolling window over the field's latest values ("lastPeriods"); the field's
    /// own parameter then also takes the word latest. Only for fields whose values sort in time.
    /// </param>
    public QueryDefinition<T> Filter<TValue>(string name, Expression<Func<T, TValue>> property, string description, string example,
        (string From, string To)? rangeParameters = null, ValueFormat? format = null, string? latestParameter = null)
    {
        var valueType = Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue);
        List<FilterOperator> operators = [FilterOperator.Eq, FilterOperator.Neq, FilterOperator.In];
        if (valueType == typeof(string))
        {
            operators.AddRange([FilterOperator.Contains, FilterOperator.StartsWith]);
        }
        if (valueType == typeof(int) || valueType == typeof(long) || valueType == typeof(double) || valueType == typeof(DateTime)
            || (valueType == typeof(string) && rangeParameters is not null))
        {
            operators.AddRange([FilterOperator.Gt, FilterOperator.Gte, FilterOperator.Lt, FilterOperator.Lte]);
        }
        _fields.Add(name, new FilterField<T>(name, valueType, description, example, operators, rangeParameters,
            (_, op, values) => FilterExpressions.Compare(property, op, values), format)
        {
            LatestParameter = latestParameter,
            KeepLatest = latestParameter is null ? null : (matching, count) => KeepLatest(matching, property, count),
        });
        return this;
    }

    /// <summary>
    /// The records among <paramref name="matching"/> whose value is one of the <paramref name="count"/> latest the matching records
    /// have: one statement, the window a subquery over the same records.
    /// </summary>
    private static IQueryable<T> KeepLatest<TValue>(IQueryable<T> matching, Expression<Func<T, TValue>> property, int count)
    {
        var latest = matching.Select(property).Distinct().OrderByDescending(value => value).Take(count);
        // The outer row needs a parameter of its own: the subquery's Select already uses the property's.
        var row = Expression.Parameter(typeof(T), "row");
        var isLatest = Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(TValue)], latest.Expression,
            FilterExpressions.BodyFor(property, row));
        return matching.Where(Expression.Lambda<Func<T, bool>>(isLatest, row));
    }

    /// <summary>A filter through a relation ("networks with a member from Sweden"): eq and in only.</summary>
    public QueryDefinition<T> Relation<TValue>(string name, Func<List<TValue>, Expression<Func<T, bool>>> matchesAny, string description, string example) =>
        Relation<TValue>(name, (_, values) => matchesAny(values), description, example);

    /// <summary>
    /// A filter through a relation the resource has no navigation to ("organisations that are members of network X"), matched by a
    /// subquery on the request's database. Another feature adds it with an <see cref="IRelationFilters{T}"/>. Eq and in only.
    /// </summary>
    public QueryDefinition<T> Relation<TValue>(string name, Func<OpenDataDbContext, List<TValue>, Expression<Func<T, bool>>> matchesAny, string description, string example)
    {
        var valueType = Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue);
        _fields.Add(name, new FilterField<T>(name, valueType, description, example, [FilterOperator.Eq, FilterOperator.In], null,
            (db, _, values) => matchesAny(db, [.. values.Cast<TValue>()]), null));
        return this;
    }

    /// <summary>
    /// Adds the filters other features declare on this resource, each feature's <see cref="IRelationFilters{T}"/> in the order of
    /// its type's name, so that the documented parameters keep one order.
    /// </summary>
    public QueryDefinition<T> WithRelationFilters()
    {
        var declarations = typeof(T).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRelationFilters<T>).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            ((IRelationFilters<T>)Activator.CreateInstance(declaration)!).AddTo(this);
        }
        return this;
    }

    public QueryDefinition<T> Sort<TKey>(string name, Expression<Func<T, TKey>> key, string description)
    {
        _sorts.Add(name, new SortField<T>(name, key, description, MayBeNull(key) ? IsNull(key) : null));
        return this;
    }

    public QueryDefinition<T> SortByDefault(params SortKey[] keys)
    {
        DefaultSort = keys;
        return this;
    }

    /// <summary>The folded text (see <see cref="TextFolding"/>) the free-text parameter q searches.</summary>
    public QueryDefinition<T> Search(Expression<Func<T, string>> searchText)
    {
        SearchText = searchText;
        return this;
    }

    public QueryDefinition<T> ChangedSince(Expression<Func<T, DateTime>> updatedAt)
    {
        UpdatedAt = updatedAt;
        return this;
    }

    /// <summary>The code columns <see cref="CodeCondition"/>s select in, by their number from 1.</summary>
    public IReadOnlyList<Expression<Func<T, string>>> CodeColumns { get; private set; } = [];

    /// <summary>Columns of codes whose meaning each record's parent declares (a dataset's own dimensions).</summary>
    public QueryDefinition<T> WithCodeColumns(params Expression<Func<T, string>>[] columns)
    {
        CodeColumns = columns;
        return this;
    }

    public QueryDefinition<T> WithCursor()
    {
        SupportsCursor = true;
        return this;
    }

    public IEnumerable<QueryParameterDoc> RestParameters(int defaultLimit, int maxLimit)
    {
        foreach (var field in Fields)
        {
            var (type, values) = QueryParameterTypes.Of(field.ValueType);
            var several = field.LatestParameter is null
                ? "Flera värden kommaseparerade. / Several values comma-separated."
                : $"Flera värden kommaseparerade, eller {LatestValues.Latest} för det senaste. / Several values comma-separated, or {LatestValues.Latest} for the latest.";
            yield return new QueryParameterDoc(field.Name, $"{field.Description} {several}", JsonSchemaTypeOf(type), values, field.Example) { Several = true };
            if (field.RangeParameters is var (from, to))
            {
                yield return new QueryParameterDoc(from, $"Lägsta värde (inklusive): {field.Description} / Lowest value (inclusive).", JsonSchemaTypeOf(type), null, field.Example);
                yield return new QueryParameterDoc(to, $"Högsta värde (inklusive): {field.Description} / Highest value (inclusive).", JsonSchemaTypeOf(type), null, field.Example);
            }
            if (field.LatestParameter is { } latest)
            {
                yield return new QueryParameterDoc(latest,
                    $"Bara de N senaste värdena av {field.Name} bland dem som övriga filter väljer ({field.Name}={LatestValues.Latest} är samma sak som {latest}=1). / "
                    + $"Only the N latest values of {field.Name} among those the other filters select ({field.Name}={LatestValues.Latest} is the same as {latest}=1).",
                    Microsoft.OpenApi.JsonSchemaType.Integer, null, "3") { Minimum = 1, Maximum = LatestValues.MaxCount };
            }
        }
        if (SearchText is not null)
        {
            yield return new QueryParameterDoc(ListRequest.SearchParameter,
                "Fritext i namn på svenska och engelska, okänslig för skiftläge och å/ä/ö (malmo hittar Malmö). / "
                + "Free text over names in Swedish and English, insensitive to case and to å/ä/ö (malmo finds Malmö).",
                Microsoft.OpenApi.JsonSchemaType.String, null, "malmo");
        }
        if (UpdatedAt is not null)
        {
            yield return new QueryParameterDoc(ListRequest.ChangedSinceParameter,
                "Bara poster ändrade efter denna tidpunkt (RFC 3339); svaret listar även poster som tagits bort sedan dess under deleted. / "
                + "Only records changed after this time (RFC 3339); the answer also lists records deleted since then under deleted.",
                Microsoft.OpenApi.JsonSchemaType.String, null, "2026-01-01T00:00:00Z") { Format = "date-time" };
        }
        yield return new QueryParameterDoc(ListRequest.SortParameter,
            $"Sortering: {string.Join(", ", Sorts.Select(s => $"{s.Name} ({s.Description})"))}. Kommaseparerat, '-' före ett namn ger fallande ordning; saknade värden "
            + "kommer sist; lika värden ordnas efter id. / Sort keys, comma-separated, '-' before a key for descending order; missing values come last; ties are "
            + "ordered by id.",
            Microsoft.OpenApi.JsonSchemaType.String, null, DefaultSort.Count > 0 ? (DefaultSort[0].Descending ? "-" : "") + DefaultSort[0].Field : Sorts.First().Name);
        yield return new QueryParameterDoc(ListRequest.LimitParameter,
            $"Antal poster per sida, 1–{maxLimit} (standard {defaultLimit}). / Records per page, 1–{maxLimit} (default {defaultLimit}).",
            Microsoft.OpenApi.JsonSchemaType.Integer, null, defaultLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            { Minimum = 1, Maximum = maxLimit, Default = defaultLimit };
        yield return new QueryParameterDoc(ListRequest.PageParameter, "Sidnummer från 1. / Page number from 1.", Microsoft.OpenApi.JsonSchemaType.Integer, null, "1")
            { Minimum = 1, Default = 1 };
        yield return new QueryParameterDoc(ListRequest.OffsetParameter, "Antal poster att hoppa över, i stället för page. / Records to skip, instead of page.",
            Microsoft.OpenApi.JsonSchemaType.Integer, null, "0") { Minimum = 0, Default = 0 };
        if (SupportsCursor)
        {
            yield return new QueryParameterDoc(ListRequest.CursorParameter,
                "Ogenomskinlig markör från föregående sidas next-länk; lika snabb på sidan 5 000 som på sidan 1. / "
                + "Opaque cursor from the previous page's next link; as fast on page 5 000 as on page 1.",
                Microsoft.OpenApi.JsonSchemaType.String, null, null);
        }
        yield return new QueryParameterDoc(ListRequest.LanguageParameter,
            "Svarsspråk; annars Accept-Language, annars svenska. Texter utan engelsk version ges på svenska. / "
            + "Language of the answer; else Accept-Language, else Swedish. Texts with no English version come in Swedish.",
            Microsoft.OpenApi.JsonSchemaType.String, ["sv", "en"], "sv");
    }

    private static Microsoft.OpenApi.JsonSchemaType JsonSchemaTypeOf(string type) => type switch
    {
        "integer" => Microsoft.OpenApi.JsonSchemaType.Integer,
        "number" => Microsoft.OpenApi.JsonSchemaType.Number,
        "boolean" => Microsoft.OpenApi.JsonSchemaType.Boolean,
        _ => Microsoft.OpenApi.JsonSchemaType.String,
    };

    /// <summary>The filter as one predicate; relations without a navigation are subqueries on <paramref name="db"/>.</summary>
    public Expression<Func<T, bool>> ToPredicate(OpenDataDbContext db, FilterNode node) => node switch
    {
        Condition condition => _fields[condition.Field].Build(db, condition.Operator, condition.Values),
        CodeCondition codes => FilterExpressions.Compare(CodeColumns[codes.Column - 1], FilterOperator.In, [.. codes.Codes]),
        AllOf all => all.Nodes.Count == 0 ? _ => true : all.Nodes.Select(n => ToPredicate(db, n)).Aggregate(FilterExpressions.AndAlso),
        AnyOf any => any.Nodes.Count == 0 ? _ => false : any.Nodes.Select(n => ToPredicate(db, n)).Aggregate(FilterExpressions.OrElse),
        LatestValues => throw new ArgumentException("A window over the latest values is applied by Where, at the top of a filter.", nameof(node)),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>
    /// Applies filter, free-text search and change feed: everything that decides which records match. A window over the latest
    /// values (<see cref="LatestValues"/>) comes last, over the records everything else matches in <paramref name="source"/>: give
    /// the records of one parent (a dataset's observations) to get that parent's latest values.
    /// </summary>
    public IQueryable<T> Where(OpenDataDbContext db, IQueryable<T> source, FilterNode? filter, string? search, DateTime? changedSince)
    {
        var windows = filter is AllOf { Nodes: var nodes } ? nodes.OfType<LatestValues>().ToList() : [];
        if (windows.Count > 0)
        {
            filter = new AllOf([.. ((AllOf)filter!).Nodes.Where(n => n is not LatestValues)]);
        }
        if (filter is not null)
        {
            source = source.Where(ToPredicate(db, filter));
        }
        if (!string.IsNullOrEmpty(search) && SearchText is not null)
        {
            source = source.Where(FilterExpressions.Compare(SearchText, FilterOperator.Contains, [TextFolding.Fold(search)]));
        }
        if (changedSince is not null && UpdatedAt is not null)
        {
            source = source.Where(FilterExpressions.Compare(UpdatedAt, FilterOperator.Gt, [changedSince.Value]));
        }
        foreach (var window in windows)
        {
            source = _fields[window.Field].KeepLatest!(source, window.Count);
        }
        return source;
    }

    /// <summary>Whether the filter has a window over latest values, which depends on which records it is applied to.</summary>
    public static bool HasWindow(FilterNode? filter) => filter is AllOf { Nodes: var nodes } && nodes.Any(n => n is LatestValues);

    /// <summary>Sorts by the given keys (or the default), always ending with the id so that ties have a stable order.</summary>
    public IOrderedQueryable<T> OrderBy(IQueryable<T> source, IReadOnlyList<SortKey>? keys)
    {
        var ordered = source;
        var first = true;
        foreach (var key in (keys is { Count: > 0 } ? keys : DefaultSort))
        {
            if (key.Codes is { } codes)
            {
                ordered = ApplyOrder(ordered, CodeOrder(codes), key.Descending, first);
                first = false;
                continue;
            }
            var sort = _sorts[key.Field];
            if (sort.IsNull is { } isNull)
            {
                ordered = ApplyOrder(ordered, isNull, descending: false, first);
                first = false;
            }
            ordered = ApplyOrder(ordered, sort.Key, key.Descending, first);
            first = false;
        }
        return ApplyOrder(ordered, IdKey, descending: false, first);
    }

    /// <summary>
    /// A record's place in the declared order of a code parameter's codes (0-4 before 10-14, which text order would not give):
    /// its code's position, or the number of codes for a code not declared.
    /// </summary>
    public Expression<Func<T, int>> CodeOrder(CodeParameter parameter)
    {
        var column = CodeColumns[parameter.Column - 1];
        Expression position = Expression.Constant(parameter.Codes.Count);
        for (var k = parameter.Codes.Count - 1; k >= 0; k--)
        {
            position = Expression.Condition(Expression.Equal(column.Body, Expression.Constant(parameter.Codes[k])), Expression.Constant(k), position);
        }
        return Expression.Lambda<Func<T, int>>(position, column.Parameters);
    }

    /// <summary>Whether a sort key can be null: a nullable value, or a property declared nullable.</summary>
    private static bool MayBeNull(LambdaExpression key) =>
        Nullable.GetUnderlyingType(key.ReturnType) is not null
        || (!key.ReturnType.IsValueType && key.Body is MemberExpression { Member: PropertyInfo property }
            && new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable);

    /// <summary>
    /// Sorted before the key itself, so that nulls come last in either order on every database (SQLite alone would put them
    /// first, PostgreSQL last): the five highest values are the first five, not five missing ones.
    /// </summary>
    private static LambdaExpression IsNull(LambdaExpression key) =>
        Expression.Lambda(Expression.Equal(key.Body, Expression.Constant(null, key.ReturnType)), key.Parameters);

    private static IOrderedQueryable<T> ApplyOrder(IQueryable<T> source, LambdaExpression key, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], source.Expression, Expression.Quote(key));
        return (IOrderedQueryable<T>)source.Provider.CreateQuery<T>(call);
    }
}

/// <summary>One filterable field of a resource.</summary>
public sealed record FilterField<T>(
    string Name,
    Type ValueType,
    string Description,
    string Example,
    IReadOnlyList<FilterOperator> Operators,
    (string From, string To)? RangeParameters,
    Func<OpenDataDbContext, FilterOperator, IReadOnlyList<object>, Expression<Func<T, bool>>> Build,
    ValueFormat? Format)
{
    /// <summary>The parameter for a window over the field's latest values ("lastPeriods"); null when the field has none.</summary>
    public string? LatestParameter { get; init; }

    /// <summary>Keeps the records whose value is among the given number of latest values of the records given.</summary>
    public Func<IQueryable<T>, int, IQueryable<T>>? KeepLatest { get; init; }
}

/// <summary>The form a text value must have ("a year such as 2024"), described in Swedish and English.</summary>
public sealed partial record ValueFormat(System.Text.RegularExpressions.Regex Pattern, ErrorMessage Describes)
{
    /// <summary>ISO 8601 periods: a year, a month or a quarter ("2024", "2024-03", "2024-Q1").</summary>
    public static readonly ValueFormat Period = new(PeriodPattern(),
        new("en period enligt ISO 8601, till exempel 2024, 2024-03 eller 2024-Q1", "an ISO 8601 period such as 2024, 2024-03 or 2024-Q1"));

    /// <summary>Generated at build time: an import checks every row's period against it, a million times.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PeriodPattern();

    /// <summary>The description in English, as the API's messages give it.</summary>
    public string Description => Describes.En;
}

internal static class QueryParameterTypes
{
    /// <summary>The JSON type of a filter value and, for enums, the accepted names.</summary>
    public static (string Type, IReadOnlyList<string>? Values) Of(Type valueType) => valueType switch
    {
        _ when valueType.IsEnum => ("string", [.. ValueParser.EnumNames(valueType)]),
        _ when valueType == typeof(int) || valueType == typeof(long) => ("integer", null),
        _ when valueType == typeof(double) => ("number", null),
        _ when valueType == typeof(bool) => ("boolean", null),
        _ => ("string", null),
    };
}

/// <param name="IsNull">For a key that can be null, whether it is (see <see cref="QueryDefinition{T}.OrderBy"/>).</param>
public sealed record SortField<T>(string Name, LambdaExpression Key, string Description, LambdaExpression? IsNull);

internal static class FilterExpressions
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression<Func<T, bool>> Compare<T, TValue>(Expression<Func<T, TValue>> property, FilterOperator op, IReadOnlyList<object> values)
    {
        var body = property.Body;
        Expression condition = op switch
        {
            FilterOperator.Eq => Expression.Equal(body, Parameter<TValue>((TValue)values[0])),
            FilterOperator.Neq => Expression.NotEqual(body, Parameter<TValue>((TValue)values[0])),
            FilterOperator.In => Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TValue)],
                Parameter<List<TValue>>([.. values.Cast<TValue>()]), body),
            FilterOperator.Contains => Expression.Call(body, StringContains, Parameter<TValue>((TValue)values[0])),
            FilterOperator.StartsWith => Expression.Call(body, StringStartsWith, Parameter<TValue>((TValue)values[0])),
            _ when typeof(TValue) == typeof(string) => Ordering(op, Expression.Call(StringCompare, body, Parameter<TValue>((TValue)values[0])), Expression.Constant(0)),
            _ => Ordering(op, body, Parameter<TValue>((TValue)values[0])),
        };
        return Expression.Lambda<Func<T, bool>>(condition, property.Parameters);
    }

    private static BinaryExpression Ordering(FilterOperator op, Expression left, Expression right) => op switch
    {
        FilterOperator.Gt => Expression.GreaterThan(left, right),
        FilterOperator.Gte => Expression.GreaterThanOrEqual(left, right),
        FilterOperator.Lt => Expression.LessThan(left, right),
        FilterOperator.Lte => Expression.LessThanOrEqual(left, right),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not an ordering operator."),
    };

    /// <summary>A value the database receives as a query parameter, not as SQL text: EF parameterizes member access on a constant.</summary>
    private static MemberExpression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

    public static Expression<Func<T, bool>> AndAlso<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Combine(left, right, Expression.AndAlso);

    public static Expression<Func<T, bool>> OrElse<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Combine(left, right, Expression.OrElse);

    /// <summary>The body of a one-parameter lambda with <paramref name="parameter"/> in place of its own.</summary>
    public static Expression BodyFor(LambdaExpression lambda, ParameterExpression parameter) =>
        new ReplaceParameter(lambda.Parameters[0], parameter).Visit(lambda.Body);

    private static Expression<Func<T, bool>> Combine<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right,
        Func<Expression, Expression, BinaryExpression> combine)
    {
        var parameter = left.Parameters[0];
        var rightBody = new ReplaceParameter(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<T, bool>>(combine(left.Body, rightBody), parameter);
    }

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
