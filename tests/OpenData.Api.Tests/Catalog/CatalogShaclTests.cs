using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Catalog;

/// <summary>
/// The catalogue, in each syntax, checked by a real SHACL engine (Node's rdf-validate-shacl, with real Turtle, RDF/XML and
/// JSON-LD parsers) against SEMIC's DCAT-AP 3.0.1 shapes, kept in shacl/ with their source and licence.
/// Needs Node.js 20; the packages locked in that folder are installed with `npm ci` the first time.
/// </summary>
[Collection(DataportalApiCollection.Name)]
public sealed partial class CatalogShaclTests(DataportalApi api)
{
    private static readonly string ShaclDirectory = Path.Combine(RepositoryPaths.Root, "tests", "OpenData.Api.Tests", "Catalog", "shacl");

    [Theory]
    [InlineData("application/rdf+xml", ".rdf")]
    [InlineData("text/turtle", ".ttl")]
    [InlineData("application/ld+json", ".jsonld")]
    public async Task TheCatalogueConformsToTheDcatAp301Shapes(string syntax, string extension)
    {
        var file = Path.Combine(Path.GetTempPath(), $"opendata-catalog-{Guid.NewGuid():N}{extension}");
        try
        {
            await File.WriteAllBytesAsync(file, await api.GetCatalogueAsync(syntax));

            var (exitCode, output) = await ValidateAsync(file);

            Assert.True(exitCode == 0, $"{syntax}: the SHACL validator exited with {exitCode}:\n{output}");
            var summary = Summary().Match(output);
            Assert.True(summary.Success && int.Parse(summary.Groups["triples"].Value) > 100, $"{syntax}: no catalogue was validated:\n{output}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int ExitCode, string Output)> ValidateAsync(string dataFile)
    {
        await InstallPackagesAsync();
        return await RunAsync("node", "validate.js", "dcat-ap-SHACL.ttl", dataFile);
    }

    private static readonly SemaphoreSlim Installing = new(1, 1);

    /// <summary>So that the README's test command is all a fresh clone needs: the locked packages, once.</summary>
    private static async Task InstallPackagesAsync()
    {
        await Installing.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(ShaclDirectory, "node_modules")))
            {
                var (exitCode, output) = await RunAsync("npm", "ci", "--no-audit", "--no-fund");
                Assert.True(exitCode == 0, $"npm ci in {ShaclDirectory} failed:\n{output}");
            }
        }
        finally
        {
            Installing.Release();
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = ShaclDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex(@"^(?<triples>\d+) triples, 0 violations$", RegexOptions.Multiline)]
    private static partial Regex Summary();
}
