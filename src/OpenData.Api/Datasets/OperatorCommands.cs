using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Datasets.Importing;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;

namespace OpenData.Api.Datasets;

/// <summary>
/// Command-line tools for operators, run instead of the web server:
/// <c>import FILE --dataset ID [--publisher ORG] [--allow-empty]</c> replaces a dataset's observations from a CSV or JSON file;
/// <c>new-api-key NAME --publisher ORG</c> (or <c>--operator</c>) prints a new key and the configuration entry that holds its hash.
/// </summary>
public static class OperatorCommands
{
    private const string Usage = "Usage: import FILE --dataset ID [--publisher ORG] [--allow-empty]   |   new-api-key NAME (--publisher ORG | --operator)";

    public static bool IsCommand(string[] args) => args is ["import", ..] or ["new-api-key", ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return args switch
        {
            ["new-api-key", var name, "--publisher", var publisher] => await NewApiKeyAsync(scope.ServiceProvider, name, publisher),
            ["new-api-key", var name, "--operator"] => await NewApiKeyAsync(scope.ServiceProvider, name, publisher: null),
            ["import", var file, "--dataset", var datasetId, .. var options] => await ImportAsync(scope.ServiceProvider, file, datasetId, options),
            _ => Refuse(Usage),
        };
    }

    /// <param name="publisher">The organisation the key publishes for; null for an operator's key, which may write every dataset.</param>
    private static async Task<int> NewApiKeyAsync(IServiceProvider services, string name, string? publisher)
    {
        if (publisher is not null && !await services.GetRequiredService<OpenDataDbContext>().Organisations.AnyAsync(o => o.Id == publisher))
        {
            return Refuse($"There is no organisation '{publisher}' (see /api/v1/organisations).");
        }
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var grant = publisher is null ? "Operator=true" : $"Publisher={publisher}";
        Console.WriteLine($"API key for {name}, {(publisher is null ? "an operator's, writing every dataset" : $"publishing for {publisher}")} "
                          + $"(give it to its holder; it is not stored): {key}");
        Console.WriteLine($"Configuration entry: ApiKeys:N:Name={name}  ApiKeys:N:{grant}  ApiKeys:N:Sha256={ApiKeyAuthenticationHandler.Hash(key)}");
        return 0;
    }

    /// <param name="options">--publisher ORG: the upload is that organisation's, which must publish the dataset (without it, the operator's);
    /// --allow-empty: a file without observations may empty the dataset.</param>
    private static async Task<int> ImportAsync(IServiceProvider services, string file, string datasetId, string[] options)
    {
        var publisher = options.SkipWhile(a => a != "--publisher").Skip(1).FirstOrDefault();
        if (!File.Exists(file))
        {
            return Refuse($"No file at {file}.");
        }
        var owner = await services.GetRequiredService<OpenDataDbContext>().Datasets.Where(d => d.Id == datasetId).Select(d => new { d.PublisherId }).SingleOrDefaultAsync();
        if (publisher is not null && owner is not null && owner.PublisherId != publisher)
        {
            Console.Error.WriteLine($"Dataset '{datasetId}' belongs to publisher '{owner.PublisherId ?? "(none)"}', not '{publisher}'; nothing was written.");
            return 1;
        }

        var importer = services.GetRequiredService<ObservationImporter>();
        await using var stream = File.OpenRead(file);
        var input = ObservationReader.ForFile(file, stream);
        var stopwatch = Stopwatch.StartNew();
        var result = await importer.ImportAsync(datasetId, input, publisher ?? "import command", expectedRevision: null,
            allowEmpty: options.Contains("--allow-empty"), CancellationToken.None);
        stopwatch.Stop();

        switch (result.Outcome)
        {
            case ImportOutcome.Written:
                // Running instances empty their caches now: through Redis's change signal when configured, else by their poll.
                await services.GetRequiredService<DataChanges>().AnnounceAsync();
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

    private static int Refuse(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
