using OpenData.Api.Sources;

namespace OpenData.Api.Sources;

/// <summary>Ett dokument som anger uppgifter API:et publicerar. / A document that states facts the API publishes.</summary>
/// <param name="Id">Stable, human-readable id.</param>
/// <param name="Kind">Web page, document, report, agreement, legislation, data file or API.</param>
/// <param name="Title">The title in the document's own language.</param>
/// <param name="Language">ISO 639-1 code of the document's language.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Published">ISO 8601 date with the precision known ("2019-12").</param>
/// <param name="Url">Where it is, where known.</param>
/// <param name="Note">What it holds and how it was read.</param>
/// <param name="MentionedIn">The source that names this document, for documents known only by mention.</param>
/// <param name="UpdatedAt">When the record last changed (RFC 3339, UTC).</param>
public sealed record SourceResponse(
    string Id, SourceKind Kind, string Title, string Language, string? Publisher, string? Published, string? Url,
    string? Note, SourceRef? MentionedIn, DateTime UpdatedAt);
