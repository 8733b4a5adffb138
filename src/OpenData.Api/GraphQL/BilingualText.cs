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
}
