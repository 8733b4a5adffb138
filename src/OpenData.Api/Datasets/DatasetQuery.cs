using System.Linq.Expressions;
using LinqKit;
using OpenData.Api.Areas;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

/// <summary>What datasets, indicators and observations can be filtered and sorted by, and how they are projected.</summary>
public static class DatasetQuery
{
    public static readonly QueryDefinition<Dataset> Definition = new QueryDefinition<Dataset>("datasets", (Expression<Func<Dataset, string>>)(d => d.Id))
        .Filter("publisher", d => d.PublisherId, "Id för utgivaren. / Id of the publisher.", "scb")
        .Filter("licence", d => d.LicenceId, "SPDX-id för licensen. / SPDX id of the licence.", "CC0-1.0")
        .Filter("theme", d => d.Theme, "EU:s datatema. / EU data theme.", "HEAL")
        .Relation<string>("indicator", codes => d => d.Indicators.Any(i => codes.Contains(i.Code)),
            "Kod för en indikator datasetet innehåller. / Code of an indicator the dataset holds.", "FOLKMANGD")
        .Relation<string>("coversYear", years => d => years.Any(y => string.Compare(d.TemporalFrom, y) <= 0 && string.Compare(d.TemporalTo, y) >= 0),
            "År som datasetet täcker. / Year the dataset covers.", "2020")
        .Search(d => d.SearchText)
        .ChangedSince(d => d.UpdatedAt)
        .Sort("title", d => d.TitleSv, "Svensk titel. / Swedish title.")
        .Sort("modified", d => d.Modified, "Senaste ändring av observationerna. / Last change to the observations.")
        .Sort("id", d => d.Id, "Id. / Id.")
        .Sort("updatedAt", d => d.UpdatedAt, "Senast ändrad. / Last changed.")
        .SortByDefault(new SortKey("title", false));

    public static readonly Projection<Dataset, DatasetResponse> ToResponse = new((d, language) => new DatasetResponse(
            d.Id,
            Localized.Text.Invoke(d.TitleSv, d.TitleEn, language),
            Localized.OptionalText.Invoke(d.DescriptionSv, d.DescriptionEn, language),
            d.Publisher == null ? null : OrganisationRef.From.Invoke(d.Publisher, language),
            new DatasetLicence(d.LicenceId, d.LicenceUri, Localized.OptionalText.Invoke(d.LicenceNoteSv, d.LicenceNoteEn, language)),
            Localized.List.Invoke(d.KeywordsSv, d.KeywordsEn, language),
            d.Theme,
            new TemporalCoverage(d.TemporalFrom, d.TemporalTo),
            d.SpatialArea == null ? null : AreaRef.From.Invoke(d.SpatialArea, language),
            d.UpdateFrequency,
            d.Issued,
            d.Modified,
            d.Revision,
            d.Revisions.OrderByDescending(r => r.Number).Select(r => new RevisionResponse(r.Number, r.CreatedAt, r.RowsAdded, r.RowsChanged, r.RowsRemoved,
                Localized.OptionalText.Invoke(r.NoteSv, r.NoteEn, language))).ToList(),
            d.Indicators.OrderBy(i => i.Code).Select(i => new IndicatorResponse(i.Code, Localized.Text.Invoke(i.NameSv, i.NameEn, language),
                Localized.Text.Invoke(i.UnitSv, i.UnitEn, language), Localized.OptionalText.Invoke(i.DefinitionSv, i.DefinitionEn, language), i.HigherIsBetter)).ToList(),
            // The reads fill in the dimensions, the fixed ones and the dataset's own, with one statement for a whole page.
            new List<DimensionResponse>(),
            d.ObservationCount,
            d.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList(),
            d.UpdatedAt));

    public static readonly QueryDefinition<Indicator> IndicatorsDefinition = new QueryDefinition<Indicator>("dataset-indicators", (Expression<Func<Indicator, string>>)(i => i.Code))
        .Filter("code", i => i.Code, "Indikatorns kod. / The indicator's code.", "FOLKMANGD")
        .Filter("higherIsBetter", i => i.HigherIsBetter, "Om ett högre värde är bättre. / Whether a higher value is better.", "false")
        .Sort("code", i => i.Code, "Kod. / Code.")
        .Sort("name", i => i.NameSv, "Svenskt namn. / Swedish name.")
        .SortByDefault(new SortKey("code", false));

    public static readonly Projection<Indicator, IndicatorResponse> ToIndicatorResponse = new((i, language) => new IndicatorResponse(i.Code, Localized.Text.Invoke(i.NameSv, i.NameEn, language),
            Localized.Text.Invoke(i.UnitSv, i.UnitEn, language), Localized.OptionalText.Invoke(i.DefinitionSv, i.DefinitionEn, language), i.HigherIsBetter));

    public static readonly QueryDefinition<Observation> ObservationsDefinition = new QueryDefinition<Observation>("dataset-observations", (Expression<Func<Observation, long>>)(o => o.Id))
        .Filter("indicator", o => o.IndicatorCode, "Indikatorns kod. / The indicator's code.", "NASP_SUICIDE_RATE_15PLUS")
        .Filter("area", o => o.AreaCode, "Områdets kod. / The area's code.", "01")
        .Relation<string>("areaUnder", codes => o => codes.Contains(o.Area!.ParentCode!)
                                                     || codes.Contains(o.Area.Parent!.ParentCode!)
                                                     || o.Area.HealthcareRegions.Any(h => h.Whole && codes.Contains(h.HealthcareRegionCode)),
            "Alla områden under detta: ett läns kommuner, en sjukvårdsregions län och kommuner, rikets län och kommuner. / "
            + "Every area under this one: a county's municipalities, a healthcare region's counties and municipalities, Sweden's counties and municipalities.", "01")
        .Filter("period", o => o.Period, "Period (ISO 8601, år). / Period (ISO 8601, year).", "2024", ("periodFrom", "periodTo"), ValueFormat.Period,
            latestParameter: "lastPeriods")
        .Filter("sex", o => o.Sex, "Kön. / Sex.", "total")
        .Filter("status", o => o.Status, "Status för värdet. / Status of the value.", "derived")
        .Sort("period", o => o.Period, "Period. / Period.")
        .Sort("area", o => o.AreaCode, "Områdeskod. / Area code.")
        .Sort("indicator", o => o.IndicatorCode, "Indikator. / Indicator.")
        .Sort("value", o => o.Value, "Värde. / Value.")
        .Sort("sex", DatasetDimensions.SexOrder, "Kön: totalt, kvinnor, män. / Sex: total, female, male.")
        .WithCodeColumns(o => o.Dimension1, o => o.Dimension2, o => o.Dimension3, o => o.Dimension4)
        .WithCursor();

    // Declared first: the projections below are built from it when the class is initialised.
    private static readonly Expression<Func<Observation, Language, ObservationResponse>> ObservationFrom = (o, language) => new ObservationResponse(
            o.Id, o.IndicatorCode,
            AreaRef.From.Invoke(o.Area!, language),
            o.Period, o.Sex, o.Value, o.Status,
            Localized.OptionalText.Invoke(o.NoteSv, o.NoteEn, language),
            o.SourceId);

    public static readonly Projection<Observation, ObservationResponse> ToObservationResponse = new((o, language) => ObservationFrom.Invoke(o, language));

    public static readonly Projection<Observation, ObservationRow> ToObservationRow = new((o, language) => new ObservationRow(
        ObservationFrom.Invoke(o, language), o.Dimension1, o.Dimension2, o.Dimension3, o.Dimension4));
}
