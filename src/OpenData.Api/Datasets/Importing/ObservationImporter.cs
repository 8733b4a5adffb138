using System.Threading.Channels;

namespace OpenData.Api.Datasets.Importing;

/// <summary>Ett fel i ett fält på en rad av indata. / A problem with one field of one input row.</summary>
/// <param name="Row">Row number in the file (the header is row 1) or position in the JSON array (from 1).</param>
/// <param name="Column">The column or property.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ImportError(int Row, string Column, string Message)
{
    /// <summary>How many invalid rows (and rows with the wrong number of fields) are reported; the rest are only counted.</summary>
    public const int MaxReported = 100;
}

public enum ImportOutcome
{
    Written,
    Invalid,
    NotFound,
    /// <summary>Another write changed the dataset first.</summary>
    Conflict,
}

public sealed record ImportResult(ImportOutcome Outcome, int Revision, int Rows, int RowsAdded, int RowsChanged, int RowsRemoved,
    IReadOnlyList<ImportError> Errors, int ErrorCount);

/// <summary>
/// Replaces a dataset's observations with an upload, all or nothing. An <see cref="ObservationReader"/> reads the rows, an
/// <see cref="ObservationValidator"/> checks them against the dataset's references and the <see cref="IObservationStore"/> writes
/// them inside one transaction: reading and validating run on one core while valid rows are written on the other. From the first
/// invalid row on nothing more is written, but every row is still validated, so that the publisher gets all the problems in one
/// answer; then the transaction is rolled back and the previous data stays intact. Only a wholly valid upload is committed,
/// as a new revision.
/// </summary>
public sealed class ObservationImporter(IObservationStore store)
{
    /// <summary>
    /// Rows handed to the store at a time. A batch's array stays under the 85 000 bytes from which .NET puts arrays on the large
    /// object heap, whose allocations are paid for in full collections (4 096 rows to a batch took 450 KB).
    /// </summary>
    private const int BatchSize = 512;

    /// <param name="publisher">The name the write is recorded under.</param>
    /// <param name="expectedRevision">The revision the writer last saw (from If-Match): another one is a conflict. Null: any.</param>
    /// <param name="allowEmpty">Whether an input without observations may empty the dataset; otherwise it is an error.</param>
    public async Task<ImportResult> ImportAsync(string datasetId, ObservationReader input, string publisher, int? expectedRevision, bool allowEmpty,
        CancellationToken cancellationToken)
    {
        await using var replacement = await store.BeginReplaceAsync(datasetId, ReplacementOrigin.Upload(publisher), cancellationToken);
        if (replacement is null)
        {
            return Failed(ImportOutcome.NotFound);
        }
        if (expectedRevision is { } expected && expected != replacement.Revision)
        {
            return Failed(ImportOutcome.Conflict);
        }

        var validator = new ObservationValidator(replacement.References);
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = Channel.CreateBounded<List<ValidObservation>>(new BoundedChannelOptions(64) { SingleReader = true, SingleWriter = true });
        var validation = Task.Run(() => ValidateAllAsync(input, validator, batches.Writer, stopReading.Token), stopReading.Token);
        var count = 0;
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                // Written as validated, inside the transaction: an invalid row further on rolls all of it back.
                count += batch.Count;
                await replacement.WriteAsync(batch, cancellationToken);
            }
        }
        finally
        {
            // A failed write must not leave the reader waiting for room in the channel.
            await stopReading.CancelAsync();
        }
        await validation;

        // The reader's problems with the input as a whole (no header, not JSON) come first.
        List<ImportError> errors = [.. input.Errors, .. validator.Errors];
        var errorCount = input.Errors.Count + validator.ErrorCount;
        if (errorCount == 0 && count == 0 && !allowEmpty)
        {
            errors = [new ImportError(0, "body", $"No observations: the upload would remove all {await replacement.CountStoredAsync(cancellationToken)} observations of the dataset. "
                                                 + "To empty it, say so: ?allowEmpty=true (the import command: --allow-empty).")];
            errorCount = 1;
        }
        if (errorCount > 0)
        {
            // Disposing the replacement rolls back what was written.
            return new ImportResult(ImportOutcome.Invalid, replacement.Revision, count, 0, 0, 0, errors, errorCount);
        }
        if (await replacement.CommitAsync(cancellationToken) is not { } written)
        {
            return Failed(ImportOutcome.Conflict);
        }
        return new ImportResult(ImportOutcome.Written, written.Revision, written.Rows, written.RowsAdded, written.RowsChanged, written.RowsRemoved, [], 0);
    }

    /// <summary>
    /// Validates every row, passing valid ones on in batches until the first problem, the reader's or the validator's; after that
    /// it only collects problems.
    /// </summary>
    private static async Task ValidateAllAsync(ObservationReader input, ObservationValidator validator, ChannelWriter<List<ValidObservation>> output,
        CancellationToken cancellationToken)
    {
        var batch = new List<ValidObservation>(BatchSize);
        try
        {
            await foreach (var raw in input.ReadAsync(validator.DimensionCodes).WithCancellation(cancellationToken))
            {
                if (validator.TryValidate(raw, out var row) && validator.ErrorCount == 0 && input.Errors.Count == 0)
                {
                    batch.Add(row);
                    if (batch.Count == BatchSize)
                    {
                        await output.WriteAsync(batch, cancellationToken);
                        batch = new List<ValidObservation>(BatchSize);
                    }
                }
            }
            if (batch.Count > 0 && validator.ErrorCount == 0 && input.Errors.Count == 0)
            {
                await output.WriteAsync(batch, cancellationToken);
            }
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
    }

    private static ImportResult Failed(ImportOutcome outcome) => new(outcome, 0, 0, 0, 0, 0, [], 0);
}
