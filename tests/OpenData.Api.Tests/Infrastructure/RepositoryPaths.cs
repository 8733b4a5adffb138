namespace OpenData.Api.Tests.Infrastructure;

/// <summary>Finds files of the repository (schema/, http/, the seed data) from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedDirectory => Path.Combine(Root, "src", "OpenData.Api", "Data", "Seed");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenData.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("OpenData.sln not found above the test folder.");
    }

    /// <summary>Copies the seed data to a new temporary folder a test may change.</summary>
    public static string CopySeedDirectory()
    {
        var target = Path.Combine(Path.GetTempPath(), $"opendata-seed-{Guid.NewGuid():N}");
        foreach (var file in Directory.GetFiles(SeedDirectory, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(SeedDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }
}
