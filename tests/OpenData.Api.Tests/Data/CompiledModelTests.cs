using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore.Scaffolding;
using OpenData.Api.Data.Postgres;
using OpenData.Api.Data.Sqlite;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Data;

/// <summary>
/// The compiled models in src/OpenData.Api/CompiledModels are what EF generates from the entities and their configuration,
/// so the API starts without building its model, and with its property accessors and snapshots as code rather than compiled
/// from expression trees when first used (<c>--nativeaot</c>; the app itself is not published native). A change to the model
/// that is not regenerated fails here, with the command that regenerates it.
/// </summary>
public sealed class CompiledModelTests
{
    public static TheoryData<string> Providers => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheCompiledModelIsWhatTheConfigurationGenerates(string provider)
    {
        using DbContext context = provider == "Sqlite"
            ? new SqliteDesignTimeFactory().CreateDbContext([])
            : new PostgresDesignTimeFactory().CreateDbContext([]);
        var folder = Path.Combine(RepositoryPaths.Root, "src", "OpenData.Api", "CompiledModels", provider);

#pragma warning disable EF1001 // The same design-time services `dotnet ef dbcontext optimize` builds.
        var services = new DesignTimeServicesBuilder(typeof(Program).Assembly, typeof(Program).Assembly, new OperationReporter(handler: null), [])
            .Build(context);
#pragma warning restore EF1001
        var generated = services.GetRequiredService<ICompiledModelCodeGenerator>().GenerateModel(
            context.GetService<IDesignTimeModel>().Model,
            new CompiledModelCodeGenerationOptions
            {
                ContextType = context.GetType(), ModelNamespace = $"OpenData.Api.CompiledModels.{provider}", Language = "C#",
                ForNativeAot = true,
            });

        var stale = generated.Where(file => !File.Exists(Path.Combine(folder, file.Path))
                                            || WithoutModelId(File.ReadAllText(Path.Combine(folder, file.Path))) != WithoutModelId(file.Code))
            .Select(file => file.Path)
            .Concat(Directory.GetFiles(folder).Select(Path.GetFileName).Except(generated.Select(file => file.Path)).OfType<string>())
            .ToList();
        Assert.True(stale.Count == 0, $"{string.Join(", ", stale)} differ from what the model generates. Run 'dotnet ef dbcontext optimize "
                                      + $"--project src/OpenData.Api --context {provider}OpenDataDbContext --output-dir CompiledModels/{provider} "
                                      + $"--namespace OpenData.Api.CompiledModels.{provider} --nativeaot'.");
    }

    /// <summary>The code without the model's id, which is new every time the model is generated.</summary>
    private static string WithoutModelId(string code) => Regex.Replace(code, @"modelId: new Guid\(""[0-9a-f-]+""\)", "modelId: ?");
}
