using OpenData.Api.Infrastructure;

namespace OpenData.Api.Datasets;

/// <summary>The EU's frequency codes (publications.europa.eu/resource/authority/frequency) in words, for people reading a page.</summary>
public static class UpdateFrequencies
{
    private static readonly Dictionary<string, (string Sv, string En)> Words = new(StringComparer.Ordinal)
    {
        ["ANNUAL"] = ("Varje år", "Annually"),
        ["ANNUAL_2"] = ("Två gånger om året", "Twice a year"),
        ["ANNUAL_3"] = ("Tre gånger om året", "Three times a year"),
        ["BIENNIAL"] = ("Vartannat år", "Every two years"),
        ["TRIENNIAL"] = ("Vart tredje år", "Every three years"),
        ["QUADRENNIAL"] = ("Vart fjärde år", "Every four years"),
        ["QUINQUENNIAL"] = ("Vart femte år", "Every five years"),
        ["DECENNIAL"] = ("Vart tionde år", "Every ten years"),
        ["QUARTERLY"] = ("Varje kvartal", "Quarterly"),
        ["BIMONTHLY"] = ("Varannan månad", "Every two months"),
        ["MONTHLY"] = ("Varje månad", "Monthly"),
        ["MONTHLY_2"] = ("Två gånger i månaden", "Twice a month"),
        ["BIWEEKLY"] = ("Varannan vecka", "Every two weeks"),
        ["WEEKLY"] = ("Varje vecka", "Weekly"),
        ["DAILY"] = ("Varje dag", "Daily"),
        ["CONT"] = ("Fortlöpande", "Continuously"),
        ["UPDATE_CONT"] = ("Fortlöpande", "Continuously"),
        ["IRREG"] = ("Oregelbundet", "Irregularly"),
        ["NEVER"] = ("Uppdateras inte", "Never"),
        ["OTHER"] = ("Annan takt", "Other"),
        ["UNKNOWN"] = ("Okänt", "Unknown"),
    };

    /// <summary>The code in words in the language asked for; a code not in the list stays as it is.</summary>
    public static string InWords(string code, Language language) =>
        Words.TryGetValue(code, out var words) ? language == Language.En ? words.En : words.Sv : code;
}
