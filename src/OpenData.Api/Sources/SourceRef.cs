using System.Linq.Expressions;

namespace OpenData.Api.Sources;

/// <summary>En källa som en post hänvisar till: dokumentet som anger uppgiften. / A source a record cites: the document that states the fact.</summary>
/// <param name="Id">The source's id; details at /api/v1/sources/{id}.</param>
/// <param name="Title">The document's title, in its own language.</param>
/// <param name="Url">Where the document is, where known.</param>
public sealed record SourceRef(string Id, string Title, string? Url)
{
    /// <summary>The one projection of a source to its reference, used inside every projection that cites sources.</summary>
    public static readonly Expression<Func<Source, SourceRef>> From = s => new SourceRef(s.Id, s.Title, s.Url);
}
