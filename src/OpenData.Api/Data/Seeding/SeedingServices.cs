using System.Reflection;

namespace OpenData.Api.Data.Seeding;

internal static class SeedingServices
{
    /// <summary>
    /// The seeder and every seed set in the assembly: a feature adds its seed set by writing it, and the
    /// seeder orders the seed sets by what they refer to.
    /// </summary>
    public static IServiceCollection AddSeeding(this IServiceCollection services, Assembly featureAssembly)
    {
        var seedSets = featureAssembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(ISeedSet)));
        foreach (var seedSet in seedSets)
        {
            services.AddScoped(typeof(ISeedSet), seedSet);
        }
        services.AddScoped<DatabaseSeeder>();
        return services;
    }
}
