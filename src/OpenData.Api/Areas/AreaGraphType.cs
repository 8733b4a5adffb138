using GraphQL;
using GraphQL.Types;
using OpenData.Api.GraphQL;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Areas;

public sealed class AreaGraphType : ObjectGraphType<Area>
{
    public AreaGraphType()
    {
        Name = "Area";
        Description = "Ett geografiskt område: Sverige, en sjukvårdsregion, ett län, en kommun eller ett annat land. / "
                      + "A geographic area: Sweden, a healthcare region, a county, a municipality or another country.";
        this.IsNode(a => a.Code);
        Field(a => a.Code).Description("Officiell kod: 00 riket, 01 ett län, 0180 en kommun, ISO 3166-1 för andra länder; sjukvårdsregioner har en slug. / "
                                       + "Official code: 00 Sweden, 01 a county, 0180 a municipality, ISO 3166-1 for other countries; healthcare regions have a slug.");
        Field<NonNullGraphType<OpenDataEnumType<AreaKind>>>("kind").Description("Typ av område. / Kind of area.").Resolve(c => c.Source.Kind);
        this.Localized("name", a => a.NameSv, a => a.NameEn, "Namn. / Name.", nullable: false);
        Field<AreaGraphType>("parent").Description("Överordnat område: kommun → län → riket. / Administrative parent: municipality → county → Sweden.")
            .Resolve(c => ByCode(c, c.Source.ParentCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaGraphType>>>>("children").Description("Underordnade områden. / Areas whose parent this is.")
            .Resolve(c => Loaders.Many(c, "area-children", c.Source.Code, (db, keys) => db.Areas.Where(a => keys.Contains(a.ParentCode!))
                .OrderBy(a => a.Code).Select(a => new Keyed<string, Area>(a.ParentCode!, a))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HealthcareRegionMembershipGraphType>>>>("healthcareRegions")
            .Description("Sjukvårdsregioner området hör till; whole är false där bara en del gör det (Halland). / Healthcare regions it belongs to; whole is false where only part does (Halland).")
            .Resolve(c => c.Source.HealthcareRegions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationGraphType>>>>("organisations")
            .Description("Regionerna eller kommunerna som styr området. / The regions or municipalities that govern it.")
            .Resolve(c => Loaders.Many(c, "area-organisations", c.Source.Code, (db, keys) => db.Organisations.Where(o => keys.Contains(o.AreaCode!))
                .OrderBy(o => o.Id).Select(o => new Keyed<string, Organisation>(o.AreaCode!, o))));
        this.Localized("note", a => a.NoteSv, a => a.NoteEn, "En not om området eller dess kod. / A note on the area or its code.");
        this.SourcesField("area-sources", x => x.Code, (db, keys) => db.Areas.Where(a => keys.Contains(a.Code))
                .SelectMany(a => a.Sources, (a, s) => new Keyed<string, Source>(a.Code, s)));
        Field(a => a.UpdatedAt).Description("När posten senast ändrades. / When the record last changed.");
    }

    public static object? ByCode(IResolveFieldContext context, string? code) =>
        Loaders.One(context, "area", code, (db, keys) => db.Areas.Where(a => keys.Contains(a.Code)), a => a.Code);
}

public sealed class HealthcareRegionMembershipGraphType : ObjectGraphType<HealthcareRegionMembership>
{
    public HealthcareRegionMembershipGraphType()
    {
        Name = "AreaHealthcareRegion";
        Description = "Ett områdes tillhörighet till en sjukvårdsregion. / An area's belonging to a healthcare region.";
        Field<NonNullGraphType<AreaGraphType>>("healthcareRegion").Description("Sjukvårdsregionen. / The healthcare region.")
            .Resolve(c => AreaGraphType.ByCode(c, c.Source.HealthcareRegionCode));
        Field(m => m.Whole).Description("Falskt där bara en del av området hör dit. / False where only part of the area belongs.");
    }
}

public sealed class AreaWhereInput() : WhereInputType<Area>("Area", AreaQuery.Definition);

public sealed class AreaOrderInput() : OrderInputType<Area>("Area", AreaQuery.Definition);
