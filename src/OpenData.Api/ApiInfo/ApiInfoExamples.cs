using OpenData.Api.Infrastructure;

namespace OpenData.Api.ApiInfo;

/// <summary>The OpenAPI document's example of api-info: what an API with the default settings answers.</summary>
public static class ApiInfoExamples
{
    public static readonly ApiInfoResponse Defaults = ApiInfoApi.Describe(new ApiInfoOptions(), new PagingLimits(), new GraphQL.GraphQLLimits(),
        new RateLimitOptions(), build: "1.0.0+a948ed572a54d967be5aaec63610a75c109da8b6", dataLastModified: ExampleValues.UpdatedAt);
}
