using GraphQL;
using GraphQL.Types;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Sources;

public sealed class SourceGraphType : ObjectGraphType<SourceNode>
{
    public SourceGraphType()
    {
        Name = "Source";
        Description = "Ett dokument som anger uppgifter API:et publicerar. / A document that states facts the API publishes.";
        this.IsNode(s => s.Id);
        Field("slug", s => s.Id).Description("Källans id, samma som i REST (/api/v1/sources/{slug}). / The source's plain id, as in REST.");
        Field<NonNullGraphType<OpenDataEnumType<SourceKind>>>("kind").Description("Typ av källa. / Kind of source.").Resolve(c => c.Source.Kind);
        Field(s => s.Title).Description("Titeln på dokumentets eget språk. / The title in the document's own language.");
        Field(s => s.Language).Description("Dokumentets språk (ISO 639-1). / The document's language (ISO 639-1).");
        Field(s => s.Publisher, nullable: true).Description("Utgivare. / Publisher.");
        Field(s => s.Published, nullable: true).Description("Publiceringsdatum (ISO 8601, den precision som är känd). / Publication date (ISO 8601, as precise as known).");
        Field(s => s.Url, nullable: true).Description("Adress, där den är känd. / Address, where known.");
        this.Localized("note", s => s.Note, "Vad dokumentet innehåller och hur det lästes. / What the document holds and how it was read.");
        Field<SourceGraphType>("mentionedIn").Description("Källan som nämner dokumentet. / The source that names the document.")
            .Resolve(c => c.Loader<SourceByIdLoader>().Load(c.Source.MentionedInId));
        Field(s => s.UpdatedAt).Description("När posten senast ändrades. / When the record last changed.");
    }
}

public sealed class SourceWhereInput() : WhereInputType<Source>("Source", SourceQuery.Definition);

public sealed class SourceOrderInput() : OrderInputType<Source>("Source", SourceQuery.Definition);
