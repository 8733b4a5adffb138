using System.Linq.Expressions;
using LinqKit;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;
using OpenData.Api.Sources;

namespace OpenData.Api.Sources;

/// <summary>What sources can be filtered, searched and sorted by, and how they are projected to the wire.</summary>
public static class SourceQuery
{
    public static readonly QueryDefinition<Source> Definition = new QueryDefinition<Source>("sources", (Expression<Func<Source, string>>)(s => s.Id))
        .Filter("kind", s => s.Kind, "Typ av källa. / Kind of source.", "web-page")
        .Filter("language", s => s.Language, "Dokumentets språk (ISO 639-1). / The document's language (ISO 639-1).", "sv")
        .Filter("publisher", s => s.Publisher, "Utgivare, exakt som i källan. / Publisher, exactly as recorded.", "Storsthlm")
        .Filter("mentionedIn", s => s.MentionedInId, "Id för källan som nämner dokumentet. / Id of the source that names the document.", "skl-regionala-resurscentra-2017")
        .Search(s => s.SearchText)
        .ChangedSince(s => s.UpdatedAt)
        .Sort("title", s => s.Title, "Titel. / Title.")
        .Sort("published", s => s.Published, "Publiceringsdatum. / Publication date.")
        .Sort("id", s => s.Id, "Id. / Id.")
        .Sort("updatedAt", s => s.UpdatedAt, "Senast ändrad. / Last changed.")
        .SortByDefault(new SortKey("id", false));

    public static readonly Projection<Source, SourceResponse> ToResponse = new((s, language) => new SourceResponse(
            s.Id, s.Kind, s.Title, s.Language, s.Publisher, s.Published, s.Url,
            Localized.OptionalText.Invoke(s.NoteSv, s.NoteEn, language),
            s.MentionedIn == null ? null : SourceRef.From.Invoke(s.MentionedIn),
            s.UpdatedAt));
}
