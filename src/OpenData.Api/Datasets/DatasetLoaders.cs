using GraphQL;
using GraphQL.DataLoader;
using LinqKit;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Querying;
using OpenData.Api.Text;
using OpenData.Api.Data;
using OpenData.Api.GraphQL;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

public sealed class DatasetByIdLoader(OpenDataDbContext db) : SelectedRecordLoader<string, Dataset, DatasetNode>(db, DatasetNode.ForSelection)
{
    protected override IQueryable<Dataset> Records(OpenDataDbContext db, IReadOnlyCollection<string> keys) => db.Datasets.Where(d => keys.Contains(d.Id));

    protected override string KeyOf(DatasetNode node) => node.Id;
}

public sealed class RevisionsOfDatasetLoader(OpenDataDbContext db) : RelationLoader<string, DatasetRevisionNode>(db)
{
    protected override IQueryable<Keyed<string, DatasetRevisionNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Set<DatasetRevision>().Where(r => keys.Contains(r.DatasetId)).OrderByDescending(r => r.Number)
            .Select(r => new Keyed<string, DatasetRevisionNode>(r.DatasetId, DatasetRevisionNode.From.Invoke(r)));
}

public sealed class IndicatorsOfDatasetLoader(OpenDataDbContext db) : RelationLoader<string, IndicatorNode>(db)
{
    protected override IQueryable<Keyed<string, IndicatorNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Indicators.Where(i => keys.Contains(i.DatasetId)).OrderBy(i => i.Code)
            .Select(i => new Keyed<string, IndicatorNode>(i.DatasetId, IndicatorNode.From.Invoke(i)));
}

public sealed class IndicatorByKeyLoader(OpenDataDbContext db) : RecordLoader<IndicatorKey, IndicatorNode>(db)
{
    protected override IQueryable<IndicatorNode> Query(OpenDataDbContext db, IReadOnlyCollection<IndicatorKey> keys)
    {
        // SQLite compares no pairs, so the pair is compared as one text.
        var joined = keys.Select(k => k.ToString()).ToList();
        return db.Indicators.Where(i => joined.Contains(i.DatasetId + "/" + i.Code)).Select(IndicatorNode.From);
    }

    protected override IndicatorKey KeyOf(IndicatorNode node) => node.Key;
}

/// <summary>Each dataset's own dimensions (age group, medicine) in their order, with their codes.</summary>
public sealed class DimensionsOfDatasetLoader(OpenDataDbContext db) : RelationLoader<string, DimensionNode>(db)
{
    protected override IQueryable<Keyed<string, DimensionNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Set<DatasetDimension>().Where(d => keys.Contains(d.DatasetId)).OrderBy(d => d.Position)
            .Select(d => new Keyed<string, DimensionNode>(d.DatasetId, DimensionNode.From.Invoke(d)));
}

/// <summary>
/// A page of observations under each dataset, filtered and ordered as the field's arguments say; the dimensions argument and
/// the order's dimension keys are read against each dataset's own dimensions, as REST reads ?age=0-4 and sort=age, and an
/// indicator the where names must be one of some dataset's, as REST answers 400 for a misspelt one.
/// </summary>
public sealed class DatasetObservationsLoader(OpenDataDbContext db, DatasetDimensionsCache datasetDimensions) : ConnectionLoader<Observation, ObservationNode>(
    db, db => db.Observations, o => o.DatasetId, o => o.DatasetId, DatasetQuery.ObservationsDefinition, ObservationNode.From)
{
    public const string DimensionsArgument = "dimensions";

    protected override async Task<Func<string, ParentArguments>?> ParentArgumentsAsync(OpenDataDbContext db, IResolveFieldContext context, FilterNode? filter,
        IReadOnlyCollection<string> parents, CancellationToken cancellationToken)
    {
        var selections = context.GetArgument<List<Dictionary<string, object?>>?>(DimensionsArgument) ?? [];
        var orders = GraphQLFilters.CodeOrders(context.GetArgument<List<object?>?>("order")).ToList();
        var indicators = DatasetDimensions.IndicatorCodesIn(filter).ToList();
        if (selections.Count == 0 && orders.Count == 0 && indicators.Count == 0)
        {
            return null;
        }
        // Only the codes matter here, not the labels' language.
        var own = await datasetDimensions.ReadManyAsync(db, parents, Infrastructure.Language.Sv, cancellationToken);
        // Under datasets, an indicator of only some of them matches nothing in the others, as a dimension below does.
        if (indicators.FirstOrDefault(code => !parents.Any(p => own.GetValueOrDefault(p)?.Indicators.Contains(code) == true)) is { } unknown)
        {
            var codes = parents.SelectMany(p => own.GetValueOrDefault(p)?.Indicators ?? []).Distinct().Order(StringComparer.Ordinal);
            throw Invalid("where.indicator", $"'{Excerpt.Shorten(unknown)}' is not an indicator of "
                + $"{(parents.Count == 1 ? "the dataset " + parents.First() : "any of these datasets")}. Indicators: {string.Join(", ", codes.DefaultIfEmpty("none"))}.");
        }
        if (selections.Count == 0 && orders.Count == 0)
        {
            return null;
        }
        var dimensions = parents.ToDictionary(p => p, p => own.GetValueOrDefault(p, DatasetDimensions.None).Parameters);
        foreach (var (index, code) in orders)
        {
            EnsureSomeParentHas(code, $"order[{index}].{GraphQLFilters.CodeOrderField}");
        }
        var wanted = selections.Select(s => (Code: (string)s["code"]!, Codes: ((IEnumerable<object?>)s["in"]!).Select(c => (string)c!).ToList())).ToList();
        if (wanted.GroupBy(w => w.Code).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw Invalid(DimensionsArgument, $"'{Excerpt.Shorten(twice.Key)}' is given twice; give its codes once, in one in list.");
        }
        var filters = parents.ToDictionary(p => p, _ => new List<FilterNode>());
        foreach (var (code, codes) in wanted)
        {
            EnsureSomeParentHas(code, DimensionsArgument);
            if (codes.Count == 0)
            {
                throw Invalid(DimensionsArgument, $"{code}: give one or more codes in in.");
            }
            foreach (var parent in parents)
            {
                // Under datasets, one without the dimension has no figure with those codes: it matches nothing rather than failing the others.
                if (dimensions[parent].FirstOrDefault(d => d.Name == code) is not { } parameter)
                {
                    filters[parent].Add(new AnyOf([]));
                    continue;
                }
                var (condition, error) = parameter.Read(codes);
                filters[parent].Add(condition ?? throw Invalid(DimensionsArgument, $"{code}: {error!.En}"));
            }
        }
        return parent => new ParentArguments(wanted.Count == 0 ? null : new AllOf(filters[parent]), dimensions[parent]);

        void EnsureSomeParentHas(string code, string path)
        {
            if (!parents.Any(p => dimensions[p].Any(d => d.Name == code)))
            {
                throw Invalid(path, $"'{Excerpt.Shorten(code)}' is not a dimension of {(parents.Count == 1 ? "the dataset " + parents.First() : "any of these datasets")}. "
                                    + $"Own dimensions: {string.Join(", ", parents.SelectMany(p => dimensions[p].Select(d => d.Name)).Distinct().DefaultIfEmpty("none"))}.");
            }
        }

        static ExecutionError Invalid(string path, string message) => new($"{path}: {message}") { Code = "INVALID_ARGUMENT" };
    }
}

public sealed class ObservationByIdLoader(OpenDataDbContext db) : RecordLoader<long, ObservationNode>(db)
{
    protected override IQueryable<ObservationNode> Query(OpenDataDbContext db, IReadOnlyCollection<long> keys) =>
        db.Observations.Where(o => keys.Contains(o.Id)).Select(ObservationNode.From);

    protected override long KeyOf(ObservationNode node) => node.Id;
}

public sealed class SourcesOfDatasetLoader(OpenDataDbContext db) : RelationLoader<string, SourceNode>(db)
{
    protected override IQueryable<Keyed<string, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Datasets.Where(d => keys.Contains(d.Id)).SelectMany(d => d.Sources, (d, s) => new Keyed<string, SourceNode>(d.Id, SourceNode.From.Invoke(s)));
}
