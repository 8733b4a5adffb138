using System.Diagnostics;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// A Node.js project kept with the tests (a package.json and its package-lock.json), whose locked packages are installed
/// with <c>npm ci</c> when node_modules is missing or older than the lock file, so that the README's test command is all a
/// fresh clone needs. Needs Node.js 20 and npm (.ci/run installs them).
/// </summary>
public sealed class NodeProject(string directory)
{
    private static readonly SemaphoreSlim Installing = new(1, 1);

    public string Directory { get; } = directory;

    /// <summary>Installs the locked packages unless node_modules already holds them.</summary>
    public async Task InstallAsync()
    {
        await Installing.WaitAsync();
        try
        {
            var installed = Path.Combine(Directory, "node_modules", ".package-lock.json");
            if (!File.Exists(installed) || File.GetLastWriteTimeUtc(installed) < File.GetLastWriteTimeUtc(Path.Combine(Directory, "package-lock.json")))
            {
                var result = await RunAsync(TimeSpan.FromMinutes(5), "npm", "ci", "--no-audit", "--no-fund");
                Assert.True(result.ExitCode == 0, $"npm ci in {Directory} failed:\n{result.Output}");
            }
        }
        finally
        {
            Installing.Release();
        }
    }

    /// <summary>Runs a program in the project's folder and returns its exit code, standard output and standard error.</summary>
    public async Task<NodeResult> RunAsync(TimeSpan timeout, string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        var started = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new NodeResult(-1, await output, $"{await error}\n{program} {string.Join(' ', arguments)} did not finish within {timeout}", started.Elapsed);
        }
        return new NodeResult(process.ExitCode, await output, await error, started.Elapsed);
    }
}

/// <summary>What a program run by <see cref="NodeProject"/> did.</summary>
public sealed record NodeResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public string Output => StandardOutput + StandardError;

    public override string ToString() => $"exit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
