using GraphQL;
using GraphQL.Types;
using OpenData.Api.GraphQL;
using OpenData.Api.Sources;

namespace OpenData.Api.Areas;

public sealed class AreaGraphType : ObjectGraphType<AreaNode>
{
    public AreaGraphType(IEnumerable<IRelationFields<AreaGraphType>> relations)
    {
        Name = "Area";
        Description = "Ett geografiskt område: Sverige, en sjukvårdsregion, ett län, en kommun eller ett annat land. / "
                      + "A geographic area: Sweden, a healthcare region, a county, a municipality or another country.";
        this.IsNode(a => a.Code);
        Field(a => a.Code).Description("Officiell kod: 00 riket, 01 ett län, 0180 en kommun, ISO 3166-1 för andra länder; sjukvårdsregioner har en slug. / "
                                       + "Official code: 00 Sweden, 01 a county, 0180 a municipality, ISO 3166-1 for other countries; healthcare regions have a slug.");
        Field<NonNullGraphType<OpenDataEnumType<AreaKind>>>("kind").Description("Typ av område. / Kind of area.").Resolve(c => c.Source.Kind);
        this.Localized("name", a => a.Name, "Namn. / Name.", nullable: false);
        Field<AreaGraphType>("parent").Description("Överordnat område: kommun → län → riket. / Administrative parent: municipality → county → Sweden.")
            .Resolve(c => c.Loader<AreaByCodeLoader>().Load(c, c.Source.ParentCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaGraphType>>>>("children").Description("Underordnade områden. / Areas whose parent this is.")
            .Resolve(c => c.Loader<AreaChildrenLoader>().LoadSelected(c, c.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HealthcareRegionMembershipGraphType>>>>("healthcareRegions")
            .Description("Sjukvårdsregioner området hör till; whole är false där bara en del gör det (Halland). / Healthcare regions it belongs to; whole is false where only part does (Halland).")
            .Resolve(c => c.Source.HealthcareRegions);
        this.AddRelations(relations);
        this.Localized("note", a => a.Note, "En not om området eller dess kod. / A note on the area or its code.");
        this.SourcesField<AreaNode, string, SourcesOfAreaLoader>(a => a.Code);
        Field(a => a.UpdatedAt).Description("När posten senast ändrades. / When the record last changed.");
    }
}

public sealed class HealthcareRegionMembershipGraphType : ObjectGraphType<AreaHealthcareRegionNode>
{
    public HealthcareRegionMembershipGraphType()
    {
        Name = "AreaHealthcareRegion";
        Description = "Ett områdes tillhörighet till en sjukvårdsregion. / An area's belonging to a healthcare region.";
        Field<NonNullGraphType<AreaGraphType>>("healthcareRegion").Description("Sjukvårdsregionen. / The healthcare region.")
            .Resolve(c => c.Loader<AreaByCodeLoader>().Load(c, c.Source.HealthcareRegionCode));
        Field(m => m.Whole).Description("Falskt där bara en del av området hör dit. / False where only part of the area belongs.");
    }
}

public sealed class AreaWhereInput() : WhereInputType<Area>("Area", AreaQuery.Definition);

public sealed class AreaOrderInput() : OrderInputType<Area>("Area", AreaQuery.Definition);
