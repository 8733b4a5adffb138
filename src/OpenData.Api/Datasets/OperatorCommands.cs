using System.Diagnostics;
using System.Security.Cryptography;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.Datasets;

/// <summary>
/// Command-line tools for operators, run instead of the web server:
/// <c>import FILE --dataset ID [--publisher NAME]</c> replaces a dataset's observations from a CSV or JSON file;
/// <c>new-api-key NAME</c> prints a new publisher key and the configuration entry that holds its hash.
/// </summary>
public static class OperatorCommands
{
    public static bool IsCommand(string[] args) => args is ["import", ..] or ["new-api-key", ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args is ["new-api-key", var name])
        {
            var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            Console.WriteLine($"API key for {name} (give it to the publisher; it is not stored): {key}");
            Console.WriteLine($"Configuration entry: ApiKeys:N:Name={name}  ApiKeys:N:Sha256={ApiKeyAuthenticationHandler.Hash(key)}");
            return 0;
        }
        if (args is not ["import", var file, "--dataset", var datasetId, ..])
        {
            Console.Error.WriteLine("Usage: import FILE --dataset ID [--publisher NAME]   |   new-api-key NAME");
            return 2;
        }
        var publisher = args.SkipWhile(a => a != "--publisher").Skip(1).FirstOrDefault() ?? "import command";
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"No file at {file}.");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
        var formatErrors = new List<ImportError>();
        await using var stream = File.OpenRead(file);
        var rows = Path.GetExtension(file).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? ObservationImporter.ReadJsonAsync(stream, formatErrors)
            : ObservationImporter.ReadCsvAsync(stream, formatErrors);
        var stopwatch = Stopwatch.StartNew();
        var result = await importer.ImportAsync(datasetId, rows, formatErrors, publisher, expectedRevision: null, CancellationToken.None);
        stopwatch.Stop();

        switch (result.Outcome)
        {
            case ImportOutcome.Written:
                Console.WriteLine($"{datasetId}: revision {result.Revision}, {result.Rows} observations ({result.RowsAdded} added, {result.RowsChanged} changed, "
                                  + $"{result.RowsRemoved} removed) in {stopwatch.Elapsed.TotalSeconds:0.00} s ({result.Rows / Math.Max(stopwatch.Elapsed.TotalSeconds, 0.001):0} rows/s).");
                return 0;
            case ImportOutcome.NotFound:
                Console.Error.WriteLine($"There is no dataset '{datasetId}'. Create it first with PUT /api/v1/datasets/{datasetId}.");
                return 1;
            case ImportOutcome.Conflict:
                Console.Error.WriteLine("Another write changed the dataset at the same time; nothing was written. Try again.");
                return 1;
            default:
                Console.Error.WriteLine($"{result.ErrorCount} problem(s); nothing was written.");
                foreach (var error in result.Errors)
                {
                    Console.Error.WriteLine($"  row {error.Row}, {error.Column}: {error.Message}");
                }
                return 1;
        }
    }
}
