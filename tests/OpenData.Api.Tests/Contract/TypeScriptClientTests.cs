using System.Text.RegularExpressions;
using OpenData.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Contract;

/// <summary>
/// What the users do: generate TypeScript types from the live OpenAPI document with openapi-typescript, write a client
/// with openapi-fetch, compile it with tsc --strict and run it. The client (typescript-client/src/client.ts) reads every
/// kind of record from the seeded API on a real Kestrel port and checks every body against its generated type; a second
/// file (src/must-not-compile.ts) reads nullable members without looking first and must be refused on exactly its
/// marked lines. Needs Node.js 20; the packages locked in typescript-client/ are installed with `npm ci` the first time.
/// </summary>
[Collection(KestrelSeededApiCollection.Name)]
public sealed partial class TypeScriptClientTests(KestrelSeededApi api, ITestOutputHelper output)
{
    private static readonly NodeProject Client = new(Path.Combine(RepositoryPaths.Root, "tests", "OpenData.Api.Tests", "Contract", "typescript-client"));
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private const string Tsc = "node_modules/typescript/bin/tsc";

    private static Task? _generated;
    private static readonly Lock Generating = new();

    [Fact]
    public async Task TheGeneratedClientCompilesUnderStrictAndRunsAgainstTheServerWithoutASurprise()
    {
        await GenerateTypesAsync();

        var build = Path.Combine(Client.Directory, "build");
        if (Directory.Exists(build))
        {
            Directory.Delete(build, recursive: true);
        }
        var compile = await Client.RunAsync(Timeout, "node", Tsc, "--strict", "--pretty", "false", "-p", "tsconfig.json");
        output.WriteLine($"tsc --strict: {compile.Elapsed.TotalSeconds:0.0} s");
        Assert.True(compile.ExitCode == 0, $"The client does not compile against the generated types: {compile}");

        var origin = api.Client.BaseAddress!.GetLeftPart(UriPartial.Authority);
        var run = await Client.RunAsync(Timeout, "node", "build/src/client.js", origin);
        output.WriteLine($"node build/src/client.js {origin}: {run}");
        Assert.True(run.ExitCode == 0, $"The client met answers its types do not allow: {run}");
        var summary = Summary().Match(run.StandardOutput);
        Assert.True(summary.Success && int.Parse(summary.Groups["bodies"].Value) >= 30, $"The client did not read what it should: {run}");
    }

    [Fact]
    public async Task ReadingANullableMemberWithoutLookingDoesNotCompile()
    {
        await GenerateTypesAsync();
        var file = Path.Combine(Client.Directory, "src", "must-not-compile.ts");
        var expected = File.ReadAllLines(file)
            .Select((line, index) => (Line: index + 1, Marker: ErrorMarker().Match(line)))
            .Where(l => l.Marker.Success)
            .Select(l => $"line {l.Line}: {l.Marker.Groups["code"].Value}")
            .ToList();
        Assert.True(expected.Count >= 15, $"{file} marks only {expected.Count} lines");

        var compile = await Client.RunAsync(Timeout, "node", Tsc, "--strict", "--pretty", "false", "-p", "tsconfig.must-not-compile.json");
        output.WriteLine($"tsc --strict: {compile}");

        var reported = Diagnostic().Matches(compile.StandardOutput)
            .Select(m => m.Groups["file"].Value == "src/must-not-compile.ts" ? $"line {m.Groups["line"].Value}: {m.Groups["code"].Value}" : $"{m.Value}")
            .ToList();
        Assert.True(compile.ExitCode != 0 && reported.Count > 0, $"must-not-compile.ts compiled: {compile}");
        Assert.True(expected.SequenceEqual(reported),
            $"tsc --strict must refuse exactly the marked lines of must-not-compile.ts.\n"
            + $"Marked but accepted (the generated type no longer says the member can be null): {string.Join("; ", expected.Except(reported))}\n"
            + $"Refused but not marked: {string.Join("; ", reported.Except(expected))}\n{compile}");
    }

    /// <summary>generated/schema.ts from the document the server serves, once for both tests.</summary>
    private Task GenerateTypesAsync()
    {
        lock (Generating)
        {
            return _generated ??= GenerateAsync(api.Client, output);
        }

        static async Task GenerateAsync(HttpClient client, ITestOutputHelper output)
        {
            await Client.InstallAsync();
            var document = Path.Combine(Path.GetTempPath(), $"opendata-openapi-{Guid.NewGuid():N}.json");
            try
            {
                await File.WriteAllTextAsync(document, await client.GetStringAsync("/openapi/v1.json"));
                var generate = await Client.RunAsync(Timeout, "node", "node_modules/openapi-typescript/bin/cli.js", document, "--output", "generated/schema.ts");
                output.WriteLine($"openapi-typescript: {generate.Elapsed.TotalSeconds:0.0} s");
                Assert.True(generate.ExitCode == 0, $"openapi-typescript could not generate types from /openapi/v1.json: {generate}");
            }
            finally
            {
                File.Delete(document);
            }
        }
    }

    [GeneratedRegex(@"^\d+ requests, (?<bodies>\d+) bodies checked against the generated types, 0 surprises$", RegexOptions.Multiline)]
    private static partial Regex Summary();

    [GeneratedRegex(@"// error (?<code>TS\d+)\s*$")]
    private static partial Regex ErrorMarker();

    [GeneratedRegex(@"^(?<file>[^\s(]+)\((?<line>\d+),\d+\): error (?<code>TS\d+):.*$", RegexOptions.Multiline)]
    private static partial Regex Diagnostic();
}
