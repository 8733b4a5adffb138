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
    private static readonly NodeProject Shacl = new(Path.Combine(RepositoryPaths.Root, "tests", "OpenData.Api.Tests", "Catalog", "shacl"));

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
        await Shacl.InstallAsync();
        var result = await Shacl.RunAsync(TimeSpan.FromMinutes(5), "node", "validate.js", "dcat-ap-SHACL.ttl", dataFile);
        return (result.ExitCode, result.Output);
    }

    [GeneratedRegex(@"^(?<triples>\d+) triples, 0 violations$", RegexOptions.Multiline)]
    private static partial Regex Summary();
}
