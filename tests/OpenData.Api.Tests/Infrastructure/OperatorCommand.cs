using System.Diagnostics;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>The API's operator commands (<c>import</c>, <c>new-api-key</c>) run as a process of their own on a test's database, as an operator runs them.</summary>
public static class OperatorCommand
{
    /// <param name="settings">More configuration, as environment variables (<c>Redis__Configuration</c>).</param>
    public static Process Start(TestDatabase database, IReadOnlyDictionary<string, string?>? settings, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpenData.Api.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in database.EnvironmentVariables.Concat(settings ?? new Dictionary<string, string?>()))
        {
            info.Environment[name] = value;
        }
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        return Process.Start(info)!;
    }

    /// <summary>Runs the command to its end: its exit code, and what it wrote to standard output and error.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(TestDatabase database, IReadOnlyDictionary<string, string?>? settings, params string[] arguments)
    {
        using var process = Start(database, settings, arguments);
        return await WaitAsync(process);
    }

    /// <summary>Waits for a started command's end, reading both of its outputs meanwhile (one full pipe would stall it).</summary>
    public static async Task<(int ExitCode, string Output)> WaitAsync(Process process)
    {
        var (output, error) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
