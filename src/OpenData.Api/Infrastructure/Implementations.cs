namespace OpenData.Api.Infrastructure;

public static class Implementations
{
    /// <summary>
    /// Registers, as singletons, every class of the assembly that implements a closed form of <paramref name="openGeneric"/>
    /// (<c>IRelationFields&lt;&gt;</c>): how features add to each other's types and pages without either naming the other.
    /// </summary>
    public static IServiceCollection AddImplementationsOf(this IServiceCollection services, Type openGeneric)
    {
        foreach (var type in typeof(Implementations).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGeneric))
            {
                services.AddSingleton(contract, type);
            }
        }
        return services;
    }
}
