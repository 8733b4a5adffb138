namespace OpenData.Api.Data.Seeding;

/// <summary>A text in Swedish and, where there is one, English, as the seed files write list items.</summary>
internal sealed record TextSeed(string Sv, string? En);
