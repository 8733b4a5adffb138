using System.Security.Claims;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.Datasets;

/// <summary>
/// Who writes a dataset: a publisher (an organisation), who may create and change only its own datasets, or an operator,
/// who may write every dataset. API keys and the import command's --publisher both come down to one of these.
/// </summary>
/// <param name="Name">The name the write is recorded under (the key's name).</param>
/// <param name="Publisher">Id of the organisation it publishes for; null only for an operator.</param>
/// <param name="IsOperator">Whether it may write every dataset.</param>
public sealed record DatasetWriter(string Name, string? Publisher, bool IsOperator)
{
    public static DatasetWriter Of(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "publisher",
        user.FindFirstValue(ApiKeyAuthenticationHandler.PublisherClaim),
        user.HasClaim(ApiKeyAuthenticationHandler.OperatorClaim, "true"));

    /// <summary>Why this writer may not change the dataset <paramref name="datasetId"/> published by <paramref name="owner"/>; null if it may.</summary>
    public string? RefusalToChange(string datasetId, string? owner) =>
        IsOperator || (owner is not null && owner == Publisher) ? null
        : owner is null ? $"Dataset '{datasetId}' has no publisher, so only an operator's key may change it; this key publishes for '{Publisher}'."
        : $"Dataset '{datasetId}' belongs to publisher '{owner}'; this key publishes for '{Publisher}'.";

    /// <summary>Why this writer may not publish a dataset for <paramref name="publisher"/>; null if it may.</summary>
    public string? RefusalToPublishFor(string? publisher) =>
        IsOperator || publisher == Publisher ? null
        : $"This key publishes for '{Publisher}'; it may not publish a dataset for '{publisher}'.";
}
