using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using OpenData.Api.Infrastructure;
using OpenData.Api.Text;

namespace OpenData.Api.GraphQL;

/// <summary>The language argument of localized fields.</summary>
public sealed class LanguageType : EnumerationGraphType<Language>
{
    public LanguageType()
    {
        Name = "Language";
        Description = "Språk för en text. / Language of a text.";
        Values["SV"]!.Description = "Svenska (standard). / Swedish (the default).";
        Values["EN"]!.Description = "Engelska; texter utan engelsk version ges på svenska. / English; texts with no English version come in Swedish.";
    }
}

/// <summary>A GraphQL enum over one of the model's enums, with Swedish and English descriptions.</summary>
public sealed class OpenDataEnumType<TEnum> : EnumerationGraphType<TEnum> where TEnum : struct, Enum
{
    public OpenDataEnumType()
    {
        Name = typeof(TEnum).Name;
        Description = EnumDescriptions.Of(typeof(TEnum));
        foreach (var value in Values)
        {
            value.Description = EnumDescriptions.Of((Enum)value.Value!);
        }
    }
}

public static class GraphTypeHelpers
{
    /// <summary>A text field in Swedish or English, chosen by its lang argument; Swedish where there is no English.</summary>
    public static FieldBuilder<T, object> Localized<T>(this ObjectGraphType<T> type, string name, Func<T, BilingualText> text,
        string description, bool nullable = true) =>
        type.Field(name, nullable ? typeof(StringGraphType) : typeof(NonNullGraphType<StringGraphType>))
            .Description(description)
            .Argument<LanguageType>("lang", "Språk; standard svenska. / Language; Swedish by default.")
            .Resolve(context => text(context.Source).In(context.GetArgument("lang", Language.Sv)));

    /// <summary>A list of texts in Swedish or English, chosen by its lang argument.</summary>
    public static FieldBuilder<T, object> LocalizedList<T>(this ObjectGraphType<T> type, string name, Func<T, Language, IEnumerable<string>> texts,
        string description) =>
        type.Field(name, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description(description)
            .Argument<LanguageType>("lang", "Språk; standard svenska. / Language; Swedish by default.")
            .Resolve(context => texts(context.Source, context.GetArgument("lang", Language.Sv)));

    /// <summary>The arguments every connection takes: filter, order, free text, change feed and Relay paging within its page sizes.</summary>
    public static FieldBuilder<TSource, object> ConnectionArguments<TSource, TWhere, TOrder>(this FieldBuilder<TSource, object> field, PageSizes sizes, bool changeFeed)
        where TWhere : IGraphType where TOrder : IGraphType
    {
        sizes.Declare(field.FieldType);
        field.Argument<TWhere>("where", "Filter; samma som REST-parametrarna. / Filter; the same as the REST parameters.")
            .Argument<ListGraphType<NonNullGraphType<TOrder>>>("order", "Sortering, en nyckel per element; saknade värden kommer sist; lika värden ordnas efter id. / Sort keys, one per element; missing values come last; ties go by id.")
            .Argument<IntGraphType>("first", $"De första n posterna, högst {sizes.Max} (standard {sizes.Default}). / The first n records, at most {sizes.Max} (default {sizes.Default}).")
            .Argument<StringGraphType>("after", "Poster efter denna markör. / Records after this cursor.")
            .Argument<IntGraphType>("last", $"De sista n posterna, högst {sizes.Max}. / The last n records, at most {sizes.Max}.")
            .Argument<StringGraphType>("before", "Poster före denna markör. / Records before this cursor.");
        if (changeFeed)
        {
            field.Argument<StringGraphType>("search", "Fritext i namn på svenska och engelska, okänslig för skiftläge och å/ä/ö. / Free text over names in Swedish and English, insensitive to case and å/ä/ö.")
                .Argument<DateTimeGraphType>("changedSince", "Bara poster ändrade efter denna tidpunkt. / Only records changed after this time.");
        }
        return field;
    }

    public static bool IsList(this IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => nonNull.ResolvedType.IsList(),
        ListGraphType => true,
        _ => false,
    };
}
