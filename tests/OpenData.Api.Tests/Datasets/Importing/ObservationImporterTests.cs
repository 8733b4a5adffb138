using System.Text;
using OpenData.Api.Datasets.Importing;

namespace OpenData.Api.Tests.Datasets.Importing;

/// <summary>The importer's part, the same for every database: what reaches the store, and when it commits.</summary>
public sealed class ObservationImporterTests
{
    private readonly FakeStore _store = new();

    private Task<ImportResult> ImportAsync(string csv, int? expectedRevision = null, bool allowEmpty = false, string dataset = "dataset") =>
        new ObservationImporter(_store).ImportAsync(dataset, new CsvObservationReader(new MemoryStream(Encoding.UTF8.GetBytes(csv))), "publisher",
            expectedRevision, allowEmpty, CancellationToken.None);

    private static string Csv(int rows, Func<int, string?>? area = null) =>
        "indicator,area,period,value\n" + string.Concat(Enumerable.Range(0, rows).Select(i => $"RATE,{area?.Invoke(i) ?? (i % 2 == 0 ? "00" : "01")},{1000 + i / 2},{i}\n"));

    [Fact]
    public async Task AValidUploadIsWrittenInBatchesAndCommitted()
    {
        var result = await ImportAsync(Csv(10_000));

        Assert.Equal(new ImportResult(ImportOutcome.Written, 8, 10_000, 10_000, 0, 3, [], 0), result);
        Assert.Equal(new ReplacementOrigin("publisher", "Uppladdad av publisher.", "Uploaded by publisher.", RevisionWhenUnchanged: true), _store.Origin);
        Assert.Equal(10_000, _store.Replacement!.Written.Count);
        Assert.Equal(Enumerable.Range(1000, 5_000).SelectMany(year => new[] { $"{year}", $"{year}" }), _store.Replacement.Written.Select(r => r.Period));
        Assert.Equal(10_000, _store.Replacement.Written.Select(r => r.Key).Distinct().Count());
        Assert.True(_store.Replacement.Committed);
        Assert.True(_store.Replacement.Disposed);
    }

    [Fact]
    public async Task FromTheFirstInvalidRowNothingMoreIsWrittenButEveryRowIsValidatedAndNothingIsCommitted()
    {
        var result = await ImportAsync(Csv(10_000, i => i is 5_000 or 9_000 ? "99" : null));

        Assert.Equal(ImportOutcome.Invalid, result.Outcome);
        Assert.Equal([5_002, 9_002], result.Errors.Select(e => e.Row));
        Assert.Equal((7, 2), (result.Revision, result.ErrorCount));
        Assert.True(_store.Replacement!.Written.Count < 5_000);
        Assert.Equal(result.Rows, _store.Replacement.Written.Count);
        Assert.False(_store.Replacement.Committed);
        Assert.True(_store.Replacement.Disposed);
    }

    [Fact]
    public async Task TheReadersProblemsComeFirstAndStopTheWriting()
    {
        var result = await ImportAsync("indicator,area,period,value\nRATE,00,2024\nRATE,99,2024,1\nRATE,01,2024,1\n");

        Assert.Equal([(2, "fields"), (3, "area")], result.Errors.Select(e => (e.Row, e.Column)));
        Assert.Equal(2, result.ErrorCount);
        Assert.Empty(_store.Replacement!.Written);
        Assert.False(_store.Replacement.Committed);
    }

    [Fact]
    public async Task AnEmptyUploadNeedsAllowEmptyAndNamesWhatItWouldRemove()
    {
        var refused = await ImportAsync(Csv(0));
        var allowed = await ImportAsync(Csv(0), allowEmpty: true);

        Assert.Equal([new ImportError(0, "body", "No observations: the upload would remove all 3 observations of the dataset. "
                                                 + "To empty it, say so: ?allowEmpty=true (the import command: --allow-empty).")], refused.Errors);
        Assert.Equal(ImportOutcome.Written, allowed.Outcome);
    }

    [Fact]
    public async Task AnUnknownDatasetIsNotFoundAndAStaleOrLostRevisionAConflict()
    {
        Assert.Equal(ImportOutcome.NotFound, (await ImportAsync(Csv(1), dataset: "no-such")).Outcome);
        Assert.Equal(ImportOutcome.Conflict, (await ImportAsync(Csv(1), expectedRevision: 6)).Outcome);
        Assert.Empty(_store.Replacement!.Written);
        Assert.True(_store.Replacement.Disposed);
        _store.LoseTheRace = true;
        Assert.Equal(ImportOutcome.Conflict, (await ImportAsync(Csv(1), expectedRevision: 7)).Outcome);
        Assert.False(_store.Replacement.Committed);
    }

    /// <summary>A dataset at revision 7 with indicator RATE and three stored observations, which every commit removes.</summary>
    private sealed class FakeStore : IObservationStore
    {
        public FakeReplacement? Replacement { get; private set; }

        public bool LoseTheRace { get; set; }

        public ReplacementOrigin? Origin { get; private set; }

        public Task<IObservationReplacement?> BeginReplaceAsync(string datasetId, ReplacementOrigin origin, CancellationToken cancellationToken)
        {
            Origin = origin;
            Replacement = datasetId == "dataset" ? new FakeReplacement(LoseTheRace) : null;
            return Task.FromResult<IObservationReplacement?>(Replacement);
        }
    }

    private sealed class FakeReplacement(bool loseTheRace) : IObservationReplacement
    {
        public List<ValidObservation> Written { get; } = [];

        public bool Committed { get; private set; }

        public bool Disposed { get; private set; }

        public int Revision => 7;

        public ObservationReferences References { get; } = new(["RATE"], [], ["00", "01"], []);

        public Task WriteAsync(IReadOnlyList<ValidObservation> rows, CancellationToken cancellationToken)
        {
            Written.AddRange(rows);
            return Task.CompletedTask;
        }

        public Task<int> CountStoredAsync(CancellationToken cancellationToken) => Task.FromResult(3);

        public Task<ReplacedObservations?> CommitAsync(CancellationToken cancellationToken)
        {
            Committed = !loseTheRace;
            return Task.FromResult(loseTheRace ? null : new ReplacedObservations(8, Written.Count, Written.Count, 0, 3));
        }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
