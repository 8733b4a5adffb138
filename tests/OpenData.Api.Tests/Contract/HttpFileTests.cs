using System.Net;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Contract;

/// <summary>Runs every request in http/*.http against the test host and checks the status its "# @expect" comment names.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class HttpFileTests(SeededApi api)
{
    public static TheoryData<string, int> Requests() => HttpFile.AllRequests();

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EveryRequestInTheHttpFilesAnswersAsItsCommentSays(string file, int index)
    {
        var request = HttpFile.Request(file, index);

        var response = await api.Client.SendAsync(request.ToMessage());

        Assert.True(request.ExpectedStatus == (int)response.StatusCode,
            $"{file} #{index + 1} {request.Method} {request.Path}: expected {request.ExpectedStatus}, got {(int)response.StatusCode}");
    }

    [Fact]
    public void EveryHttpFileRequestNamesTheStatusItExpects()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "http"), "*.http");

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.NotEmpty(HttpFile.Parse(File.ReadAllText(file))));
    }
}
