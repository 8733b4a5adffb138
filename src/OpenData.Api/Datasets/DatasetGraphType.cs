using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using OpenData.Api.ApiInfo;
using OpenData.Api.Areas;
using OpenData.Api.GraphQL;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

public sealed class DatasetGraphType : ObjectGraphType<Dataset>
{
    public DatasetGraphType(IOptions<PagingLimits> limits)
    {
        Name = "Dataset";
        Description = "Ett indikatordataset med metadata, indikatorer och observationer. / An indicator dataset with metadata, indicators and observations.";
        this.IsNode(d => d.Id);
        Field("slug", d => d.Id).Description("Datasetets id, samma som i REST. / The dataset's plain id, as in REST.");
        this.Localized("title", d => d.TitleSv, d => d.TitleEn, "Titel. / Title.", nullable: false);
        this.Localized("description", d => d.DescriptionSv, d => d.DescriptionEn, "Vad datasetet innehåller och hur det läses. / What it holds and how to read it.");
        Field<OrganisationGraphType>("publisher").Description("Utgivaren. / The publisher.").Resolve(c => OrganisationGraphType.ById(c, c.Source.PublisherId));
        Field<NonNullGraphType<DatasetLicenceGraphType>>("licence").Description("Licensen utgivaren anger. / The licence the publisher states.").Resolve(c => c.Source);
        this.LocalizedList("keywords", d => d.KeywordsSv, d => d.KeywordsEn.Count > 0 ? d.KeywordsEn : d.KeywordsSv, "Nyckelord. / Keywords.");
        Field(d => d.Theme, nullable: true).Description("EU:s datatema (HEAL, SOCI). / EU data theme (HEAL, SOCI).");
        Field(d => d.TemporalFrom, nullable: true).Description("Första perioden (ISO 8601). / First period (ISO 8601).");
        Field(d => d.TemporalTo, nullable: true).Description("Sista perioden (ISO 8601). / Last period (ISO 8601).");
        Field<AreaGraphType>("spatialCoverage").Description("Området datasetet täcker. / The area it covers.").Resolve(c => AreaGraphType.ByCode(c, c.Source.SpatialAreaCode));
        Field(d => d.UpdateFrequency, nullable: true).Description("EU:s frekvenskod (ANNUAL). / EU frequency code (ANNUAL).");
        Field<StringGraphType>("issued").Description("När datasetet först publicerades (ISO 8601). / When it was first published (ISO 8601).")
            .Resolve(c => c.Source.Issued?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field(d => d.Modified).Description("När observationerna senast ändrades. / When the observations last changed.");
        Field(d => d.Revision).Description("Senaste revisionens nummer. / Number of the latest revision.");
        Field(d => d.ObservationCount).Description("Antal observationer. / Number of observations.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatasetRevisionGraphType>>>>("revisions").Description("Varje revision, nyaste först. / Every revision, newest first.")
            .Resolve(c => Loaders.Many(c, "dataset-revisions", c.Source.Id, (db, keys) => db.Set<DatasetRevision>().Where(r => keys.Contains(r.DatasetId))
                .OrderByDescending(r => r.Number).Select(r => new Keyed<string, DatasetRevision>(r.DatasetId, r))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorGraphType>>>>("indicators").Description("Vad datasetet mäter. / What it measures.")
            .Resolve(c => Loaders.Many(c, "dataset-indicators", c.Source.Id, (db, keys) => db.Indicators.Where(i => keys.Contains(i.DatasetId))
                .OrderBy(i => i.Code).Select(i => new Keyed<string, Indicator>(i.DatasetId, i))));
        var observations = PageSizes.Observations(limits.Value);
        Field<NonNullGraphType<ObservationConnectionType>>("observations")
            .Description($"Värdena, filtrerbara som i REST, upp till {observations.Max} per sida som där. I komplexiteten räknas varje observation 1 och varje fält i den "
                + $"1/{PageSizes.ObservationFieldsPerUnit}, så en hel sida med fälten i en REST-rad ryms. / The figures, filterable as in REST, up to {observations.Max} a page as there. "
                + $"In the complexity each observation counts 1 and each field inside it 1/{PageSizes.ObservationFieldsPerUnit}, so a full page with the fields of a REST row fits.")
            .ConnectionArguments<Dataset, ObservationWhereInput, ObservationOrderInput>(observations, changeFeed: false)
            .Resolve(c => Loaders.Connection(c, c.Source.Id, db => db.Observations, o => o.DatasetId, DatasetQuery.ObservationsDefinition));
        this.SourcesField("dataset-sources", x => x.Id, (db, keys) => db.Datasets.Where(d => keys.Contains(d.Id))
                .SelectMany(d => d.Sources, (d, s) => new Keyed<string, Source>(d.Id, s)), "Dokumenten siffrorna kommer från. / The documents the figures come from.");
        Field(d => d.UpdatedAt).Description("När posten senast ändrades. / When the record last changed.");
    }

    public static object? ById(IResolveFieldContext context, string? id) =>
        Loaders.One(context, "dataset", id, (db, keys) => db.Datasets.Where(d => keys.Contains(d.Id)), d => d.Id);
}

public sealed class DatasetLicenceGraphType : ObjectGraphType<Dataset>
{
    public DatasetLicenceGraphType()
    {
        Name = "DatasetLicence";
        Description = "Ett datasets licens. / A dataset's licence.";
        Field("id", d => d.LicenceId, nullable: true).Description("SPDX-id; null där utgivaren inte anger någon licens. / SPDX id; null where the publisher states none.");
        Field("uri", d => d.LicenceUri, nullable: true).Description("Licensens kanoniska URI. / The licence's canonical URI.");
        this.Localized("note", d => d.LicenceNoteSv, d => d.LicenceNoteEn, "Hur data får användas och anges. / How to use and cite the data.");
    }
}

public sealed class DatasetRevisionGraphType : ObjectGraphType<DatasetRevision>
{
    public DatasetRevisionGraphType()
    {
        Name = "DatasetRevision";
        Description = "En skrivning till ett datasets observationer. / One write to a dataset's observations.";
        Field(r => r.Number).Description("Revisionsnummer från 1. / Revision number from 1.");
        Field(r => r.CreatedAt).Description("När den gjordes. / When it was made.");
        Field(r => r.RowsAdded).Description("Tillagda observationer. / Observations added.");
        Field(r => r.RowsChanged).Description("Ändrade observationer. / Observations changed.");
        Field(r => r.RowsRemoved).Description("Borttagna observationer. / Observations removed.");
        this.Localized("note", r => r.NoteSv, r => r.NoteEn, "Vad revisionen var. / What the revision was.");
    }
}

public sealed class IndicatorGraphType : ObjectGraphType<Indicator>
{
    public IndicatorGraphType()
    {
        Name = "Indicator";
        Description = "Något ett dataset mäter. / Something a dataset measures.";
        this.IsNode(i => $"{i.DatasetId}/{i.Code}");
        Field(i => i.Code).Description("Indikatorns kod. / The indicator's code.");
        Field<NonNullGraphType<DatasetGraphType>>("dataset").Description("Datasetet. / The dataset.").Resolve(c => DatasetGraphType.ById(c, c.Source.DatasetId));
        this.Localized("name", i => i.NameSv, i => i.NameEn, "Namn. / Name.", nullable: false);
        this.Localized("unit", i => i.UnitSv, i => i.UnitEn, "Enhet. / Unit.", nullable: false);
        this.Localized("definition", i => i.DefinitionSv, i => i.DefinitionEn, "Hur värdet definieras. / How the figure is defined.");
        Field(i => i.HigherIsBetter, nullable: true).Description("Om högre är bättre; null där frågan inte gäller. / Whether higher is better; null where it does not apply.");
    }

    public static object? ByKey(IResolveFieldContext context, string datasetId, string code) =>
        Loaders.One(context, "indicator", $"{datasetId}/{code}",
            (db, keys) => db.Indicators.Where(i => keys.Contains(i.DatasetId + "/" + i.Code)), i => $"{i.DatasetId}/{i.Code}");
}

public sealed class ObservationGraphType : ObjectGraphType<Observation>
{
    public ObservationGraphType()
    {
        Name = "Observation";
        Description = "Ett värde: indikator × område × period × kön → värde. / One figure: indicator × area × period × sex → value.";
        this.IsNode(o => o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field("indicatorCode", o => o.IndicatorCode).Description("Indikatorns kod. / The indicator's code.");
        Field<NonNullGraphType<IndicatorGraphType>>("indicator").Description("Indikatorn. / The indicator.").Resolve(c => IndicatorGraphType.ByKey(c, c.Source.DatasetId, c.Source.IndicatorCode));
        Field<NonNullGraphType<AreaGraphType>>("area").Description("Området. / The area.").Resolve(c => AreaGraphType.ByCode(c, c.Source.AreaCode));
        Field(o => o.Period).Description("Period (ISO 8601). / Period (ISO 8601).");
        Field<NonNullGraphType<OpenDataEnumType<Sex>>>("sex").Description("Kön. / Sex.").Resolve(c => c.Source.Sex);
        Field(o => o.Value, nullable: true).Description("Värdet; null när status säger att det saknas eller är undertryckt. / The value; null when missing or suppressed.");
        Field<NonNullGraphType<OpenDataEnumType<ObservationStatus>>>("status").Description("Status för värdet. / Status of the value.").Resolve(c => c.Source.Status);
        this.Localized("note", o => o.NoteSv, o => o.NoteEn, "En not om värdet. / A note on the value.");
        Field<NonNullGraphType<SourceGraphType>>("source").Description("Källan värdet lästes ur. / The source the value was read from.").Resolve(c => SourceGraphType.ById(c, c.Source.SourceId));
    }
}

public sealed class ObservationConnectionType : ConnectionType<ObservationGraphType, Observation>;

public sealed class DatasetWhereInput() : WhereInputType<Dataset>("Dataset", DatasetQuery.Definition);

public sealed class DatasetOrderInput() : OrderInputType<Dataset>("Dataset", DatasetQuery.Definition);

public sealed class ObservationWhereInput() : WhereInputType<Observation>("Observation", DatasetQuery.ObservationsDefinition);

public sealed class ObservationOrderInput() : OrderInputType<Observation>("Observation", DatasetQuery.ObservationsDefinition);
