using System.Linq.Expressions;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Sources;

/// <summary>A source as GraphQL reads it: the columns its fields need, its note in both languages.</summary>
public sealed record SourceNode(string Id, SourceKind Kind, string Title, string Language, string? Publisher, string? Published, string? Url,
    BilingualText Note, string? MentionedInId, DateTime UpdatedAt)
{
    public static readonly Expression<Func<Source, SourceNode>> From = s => new SourceNode(
        s.Id, s.Kind, s.Title, s.Language, s.Publisher, s.Published, s.Url, new BilingualText(s.NoteSv, s.NoteEn), s.MentionedInId, s.UpdatedAt);
}
