using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.GraphQL;

/// <summary>
/// A text in Swedish and English, as a node carries it: every text field of the schema takes its own lang argument
/// (<c>name(lang: EN)</c> beside <c>name</c>), so SQL reads both and each field picks with the one language rule.
/// </summary>
public sealed record BilingualText(string? Sv, string? En)
{
    public string? In(Language language) => Localized.ChooseText(Sv, En, language);

    /// <summary>A list of texts in the language asked for, by the list rule (<see cref="Localized.List"/>).</summary>
    public static List<string> ListIn(List<string> sv, List<string> en, Language language) => Localized.ChooseList(sv, en, language);
}
