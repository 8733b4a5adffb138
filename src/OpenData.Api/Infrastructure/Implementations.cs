namespace OpenData.Api.Infrastructure;

public static class Implementations
{
    /// <summary>
    /// Registers, as singletons, every class of the assembly that implements a closed form of <paramref name="openGeneric"/>
    /// (<c>IRelationFields&lt;&gt;</c>): how features add to each other's types and pages without either naming the other. They are
    /// registered, and so resolved, in the order of their full names, so that the order stays put when a feature adds one.
    /// </summary>
    public static IServiceCollection AddImplementationsOf(this IServiceCollection services, Type openGeneric)
    {
        foreach (var type in typeof(Implementations).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false })
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGeneric))
            {
                services.AddSingleton(contract, type);
            }
        }
        return services;
    }
}
