using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace OpenData.Api.Tests.Pages;

/// <summary>Every page opens in Chromium without errors, needs nothing from another host, and axe-core finds no WCAG 2.1 A/AA violation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageAccessibilityTests(BrowserHost host)
{
    public static TheoryData<string> Pages =>
    [
        "/", "/?lang=en", "/search?q=stockholm",
        "/organisations", "/organisations?kind=region", "/organisations/skr", "/organisations/uppdrag-psykisk-halsa",
        "/agreements", "/agreements/overenskommelse-psykisk-halsa-2017",
        "/resource-centres", "/resource-centres/rrc-stockholm-gotland",
        "/networks", "/networks/iimhl", "/networks/iimhl?lang=en", "/networks/iimhl-major-cities",
        "/areas", "/areas/01", "/areas/0180",
        "/datasets", "/datasets/scb-folkmangd", "/datasets/psykiatrin-i-siffror", "/datasets/nasp-sjalvmordstal-lan", "/datasets/nasp-sjalvmordstal-lan?area=00&periodFrom=2023&periodTo=2023",
        "/datasets/nasp-sjalvmordstal-lan?area=01,03,04,05,06,07,08,09,10,12,13,14,17,18,19,20,21,22,23,24,25&periodFrom=2023&periodTo=2023&lang=en",
        "/datasets/nasp-sjalvmordstal-lan?area=01,03,04,05,06,07,08,09,10,12,13,14,17,18,19,20,21,22,23,24,25",
        "/docs", "/graphql",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PageOpensWithoutErrorsOrAccessibilityViolations(string path)
    {
        await using var tab = await host.NewPageAsync();

        var response = await tab.Page.GotoAsync(path, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
        var axe = await tab.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.Equal(200, response!.Status);
        Assert.True(tab.External.Count == 0, string.Join("\n", tab.External));
        Assert.True(tab.ConsoleErrors.Count == 0, string.Join("\n", tab.ConsoleErrors));
        Assert.True(axe.Violations.Length == 0, Describe(axe.Violations));
    }

    private static string Describe(AxeResultItem[] violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine($"{violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes.Take(5))
            {
                text.AppendLine($"    {node.Target}: {node.Html}");
            }
        }
        return text.ToString();
    }
}
