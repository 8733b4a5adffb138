using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using OpenData.Api.Querying;
using OpenData.Api.Text;

namespace OpenData.Api.GraphQL;

// Filter and order inputs, generated from a resource's query definition: the same fields, operators and
// sort keys as the REST parameters, turned into the same FilterNode and SortKey values.

/// <summary>Operators on a value; which of them a field accepts depends on the field (see its description).</summary>
public abstract class OperatorFilterInput<TValueGraphType> : InputObjectGraphType where TValueGraphType : IGraphType
{
    protected OperatorFilterInput(string name, string what, bool text, bool ordered)
    {
        Name = name;
        Description = $"Villkor på {what}; flera villkor i samma objekt gäller alla. / Conditions on {what}; several in one object must all hold.";
        Field<TValueGraphType>("eq").Description("Lika med. / Equal to.");
        Field<TValueGraphType>("neq").Description("Inte lika med. / Not equal to.");
        Field<ListGraphType<NonNullGraphType<TValueGraphType>>>("in").Description("Lika med något av. / Equal to any of.");
        if (text)
        {
            Field<TValueGraphType>("contains").Description("Innehåller (skiftlägeskänsligt; använd search för fritext). / Contains (case-sensitive; use search for free text).");
            Field<TValueGraphType>("startsWith").Description("Börjar med. / Starts with.");
        }
        if (ordered)
        {
            Field<TValueGraphType>("gt").Description("Större än. / Greater than.");
            Field<TValueGraphType>("gte").Description("Större än eller lika med. / Greater than or equal to.");
            Field<TValueGraphType>("lt").Description("Mindre än. / Less than.");
            Field<TValueGraphType>("lte").Description("Mindre än eller lika med. / Less than or equal to.");
        }
    }
}

public sealed class StringFilterInput() : OperatorFilterInput<StringGraphType>("StringFilter", "text", text: true, ordered: true);

public sealed class IntFilterInput() : OperatorFilterInput<IntGraphType>("IntFilter", "heltal / whole numbers", text: false, ordered: true);

public sealed class BooleanFilterInput() : OperatorFilterInput<BooleanGraphType>("BooleanFilter", "sant/falskt / true or false", text: false, ordered: false);

public sealed class DateTimeFilterInput() : OperatorFilterInput<DateTimeGraphType>("DateTimeFilter", "tidpunkter / timestamps", text: false, ordered: true);

public sealed class EnumFilterInput<TEnum>() : OperatorFilterInput<OpenDataEnumType<TEnum>>($"{typeof(TEnum).Name}Filter", typeof(TEnum).Name, text: false, ordered: false)
    where TEnum : struct, Enum;

/// <summary>Sort direction.</summary>
public sealed class SortDirectionType : EnumerationGraphType
{
    public SortDirectionType()
    {
        Name = "SortDirection";
        Description = "Sorteringsriktning. / Sort direction.";
        Add("ASC", false, "Stigande. / Ascending.");
        Add("DESC", true, "Fallande. / Descending.");
    }
}

/// <summary>The where input of a resource: one field per filter of its query definition, combined with and/or.</summary>
public abstract class WhereInputType<T> : InputObjectGraphType
{
    protected WhereInputType(string resourceName, QueryDefinition<T> definition)
    {
        Name = $"{resourceName}Where";
        Description = $"Filter för {resourceName}; fälten gäller alla, and/or kombinerar. Samma filter som REST-parametrarna. / "
                      + $"Filter on {resourceName}; all fields must hold, and/or combine. The same filters as the REST parameters.";
        foreach (var field in definition.Fields)
        {
            var operators = string.Join(", ", field.Operators.Select(o => GraphQLFilters.OperatorName(o)));
            Field(field.Name, FilterInputFor(field.ValueType)).Description($"{field.Description} Operatorer / operators: {operators}.");
        }
        Field("and", typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType())))
            .Description("Alla dessa villkor. / All of these conditions.");
        Field("or", typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType())))
            .Description("Minst ett av dessa villkor. / At least one of these conditions.");
    }

    private static Type FilterInputFor(Type valueType) => valueType switch
    {
        _ when valueType.IsEnum => typeof(EnumFilterInput<>).MakeGenericType(valueType),
        _ when valueType == typeof(int) || valueType == typeof(long) => typeof(IntFilterInput),
        _ when valueType == typeof(bool) => typeof(BooleanFilterInput),
        _ when valueType == typeof(DateTime) => typeof(DateTimeFilterInput),
        _ => typeof(StringFilterInput),
    };
}

/// <summary>The order input of a resource: one sort key per element, applied in order; ties go by id.</summary>
public abstract class OrderInputType<T> : InputObjectGraphType
{
    protected OrderInputType(string resourceName, QueryDefinition<T> definition)
    {
        Name = $"{resourceName}Order";
        Description = $"En sorteringsnyckel för {resourceName}; ange ett fält per element. / One sort key for {resourceName}; set one field per element.";
        foreach (var sort in definition.Sorts)
        {
            Field<SortDirectionType>(sort.Name).Description(sort.Description);
        }
    }
}

public static class GraphQLFilters
{
    private static readonly Dictionary<string, FilterOperator> Operators = Enum.GetValues<FilterOperator>()
        .ToDictionary(OperatorName, o => o, StringComparer.Ordinal);

    public static string OperatorName(FilterOperator op) => op switch
    {
        FilterOperator.StartsWith => "startsWith",
        _ => op.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// A connection's filter: its where argument and, for a definition with windows over latest values, their arguments
    /// (<see cref="WindowArguments{TSource, T}"/>), as REST reads its parameters.
    /// </summary>
    public static FilterNode? ToFilter<T>(IResolveFieldContext context, QueryDefinition<T> definition)
    {
        var filter = ToFilter(context.GetArgument<Dictionary<string, object?>?>("where"), definition);
        var windows = new List<FilterNode>();
        foreach (var field in definition.Fields.Where(f => f.LatestParameter is not null))
        {
            if (context.GetArgument<int?>(field.LatestParameter!) is { } count)
            {
                if (count is < 1 or > LatestValues.MaxCount)
                {
                    throw new ExecutionError($"{field.LatestParameter}: give a whole number from 1 to {LatestValues.MaxCount}.") { Code = "INVALID_ARGUMENT" };
                }
                windows.Add(new LatestValues(field.Name, count));
            }
        }
        return windows.Count == 0 ? filter : new AllOf([.. filter is null ? [] : new[] { filter }, .. windows]);
    }

    /// <summary>The arguments for a definition's windows over latest values ("lastPeriods"), the same as its REST parameters.</summary>
    public static FieldBuilder<TSource, object> WindowArguments<TSource, T>(this FieldBuilder<TSource, object> field, QueryDefinition<T> definition)
    {
        foreach (var window in definition.Fields.Where(f => f.LatestParameter is not null))
        {
            field.Argument<IntGraphType>(window.LatestParameter!,
                $"Bara de N senaste värdena av {window.Name} bland dem som where väljer, per förälder; som REST:s {window.LatestParameter}. / "
                + $"Only the N latest values of {window.Name} among those where selects, per parent; as REST's {window.LatestParameter}.");
        }
        return field;
    }

    /// <summary>Turns a where argument into the filter tree the query definition applies.</summary>
    public static FilterNode? ToFilter<T>(IDictionary<string, object?>? where, QueryDefinition<T> definition, string path = "where")
    {
        if (where is null)
        {
            return null;
        }
        var nodes = new List<FilterNode>();
        foreach (var (key, value) in where)
        {
            if (value is null)
            {
                continue;
            }
            switch (key)
            {
                case "and":
                    nodes.Add(new AllOf([.. Items(value).Select((item, i) => ToFilter(item, definition, $"{path}.and[{i}]")!)]));
                    break;
                case "or":
                    nodes.Add(new AnyOf([.. Items(value).Select((item, i) => ToFilter(item, definition, $"{path}.or[{i}]")!)]));
                    break;
                default:
                    var field = definition.Field(key);
                    foreach (var (opName, operand) in (IDictionary<string, object?>)value)
                    {
                        if (operand is null)
                        {
                            continue;
                        }
                        var op = Operators[opName];
                        if (!field.Operators.Contains(op))
                        {
                            throw new ExecutionError($"{path}.{key}.{opName}: this field accepts {string.Join(", ", field.Operators.Select(OperatorName))}.")
                                { Code = "INVALID_FILTER" };
                        }
                        List<object> values = op == FilterOperator.In ? [.. ((IEnumerable<object?>)operand).OfType<object>()] : [operand];
                        foreach (var single in values)
                        {
                            if (field.Format is { } format && single is string text && !format.Pattern.IsMatch(text))
                            {
                                throw new ExecutionError($"{path}.{key}.{opName}: '{Excerpt.Shorten(text)}' is not {format.Description}.") { Code = "INVALID_FILTER" };
                            }
                        }
                        nodes.Add(new Condition(key, op, [.. values.Select(v => Convert(v, field.ValueType))]));
                    }
                    break;
            }
        }
        return new AllOf(nodes);
    }

    /// <summary>The order input's field for a key on a code column ({code, direction}), where the resource has code columns.</summary>
    public const string CodeOrderField = "dimension";

    /// <summary>
    /// Turns an order argument into sort keys; each element names exactly one key. An element whose key takes an input object
    /// ({code, direction}) orders by a code column, a dataset's own dimension: it becomes a key where
    /// <paramref name="codeParameters"/> (the parent's) has that code, and is left out where the parent has no such dimension.
    /// </summary>
    public static List<SortKey> ToOrder<T>(IEnumerable<object?>? order, QueryDefinition<T> definition, IReadOnlyList<CodeParameter>? codeParameters = null)
    {
        var keys = new List<SortKey>();
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, i) in (order ?? []).Select((e, i) => (e as IDictionary<string, object?>, i)))
        {
            var set = element?.Where(p => p.Value is not null).ToList() ?? [];
            if (set.Count != 1)
            {
                var names = definition.Sorts.Select(s => s.Name).Concat(definition.CodeColumns.Count > 0 ? [CodeOrderField] : []);
                throw new ExecutionError($"order[{i}]: set exactly one sort key, one of {string.Join(", ", names)}.") { Code = "INVALID_ORDER" };
            }
            // As REST's sort=name,name is refused: the second of two keys would be silently ignored.
            var key = set[0].Value is IDictionary<string, object?> byCode ? $"{set[0].Key}:{CodeOf(byCode)}" : set[0].Key;
            if (!given.Add(key))
            {
                throw new ExecutionError($"order[{i}]: '{Excerpt.Shorten(key)}' is given twice; sort by a key once.") { Code = "INVALID_ORDER" };
            }
            if (set[0].Value is IDictionary<string, object?> codeOrder)
            {
                var code = CodeOf(codeOrder);
                if ((codeParameters ?? []).FirstOrDefault(p => p.Name == code) is { } parameter)
                {
                    keys.Add(new SortKey(code, DescendingOf(codeOrder)) { Codes = parameter });
                }
                continue;
            }
            keys.Add(new SortKey(set[0].Key, (bool)set[0].Value!));
        }
        return keys;
    }

    /// <summary>The codes an order argument sorts by ({code, direction} elements, see <see cref="ToOrder"/>), with their positions.</summary>
    public static IEnumerable<(int Index, string Code)> CodeOrders(IEnumerable<object?>? order) =>
        (order ?? []).Select((e, i) => (Element: e as IDictionary<string, object?>, i))
            .SelectMany(e => (e.Element?.Values ?? []).OfType<IDictionary<string, object?>>().Select(codeOrder => (e.i, CodeOf(codeOrder))));

    private static string CodeOf(IDictionary<string, object?> codeOrder) => (string)codeOrder["code"]!;

    private static bool DescendingOf(IDictionary<string, object?> codeOrder) => codeOrder.TryGetValue("direction", out var d) && d is true;

    private static IEnumerable<IDictionary<string, object?>> Items(object value) => ((IEnumerable<object?>)value).OfType<IDictionary<string, object?>>();

    private static object Convert(object value, Type type) =>
        type == typeof(long) && value is int i ? (long)i : value is DateTimeOffset offset ? offset.UtcDateTime : value;
}
