using Microsoft.Playwright;

namespace Inventory.Browser.Tests;

/// <summary>
/// Every page of the app on the demo company at 1280 and 390 px: axe-core finds no serious or critical violation, nothing
/// is cut off sideways, no vocabulary name is left in camelCase; a screenshot of each is kept in TestResults/browser.
/// </summary>
public class PageTourTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task every_page_is_accessible_uncut_and_in_words(int width, int height)
    {
        var problems = new List<string>();
        var page = await browser.SignedInPageAsync(width, height);
        var seen = BrowserFixture.Watch(page);
        foreach (var (name, path) in await browser.TourPagesAsync())
        {
            await page.GotoAsync(path);
            if (!path.StartsWith("/api/")) await BrowserFixture.Explained(BrowserFixture.Ready(page), page, seen);
            if (name == "compare")
            {
                await page.GetByLabel("From (effective date)").FillAsync("2025-01-01");
                await page.GetByLabel("To (effective date)").FillAsync("2026-12-31");
                await page.GetByRole(AriaRole.Button, new() { Name = "Compare the dates" }).ClickAsync();
                await page.Locator("#changes section").First.WaitForAsync();
            }
            await Check(page, name, width, problems);
        }

        var signedOut = await (await browser.Browser.NewContextAsync(new() { BaseURL = browser.Url, ViewportSize = new() { Width = width, Height = height } })).NewPageAsync();
        await signedOut.GotoAsync("/signin.html");
        await BrowserFixture.Ready(signedOut);
        await Check(signedOut, "signin", width, problems);
        problems.ShouldBeEmpty();
    }

    internal static async Task Check(IPage page, string name, int width, List<string> problems)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"{name}-{width}.png"), FullPage = true });
        foreach (var violation in await BrowserFixture.SeriousViolationsAsync(page)) problems.Add($"{name} at {width} px: {violation}");
        var overflow = await BrowserFixture.OverflowAsync(page);
        if (overflow > 1)
        {
            var culprits = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                        && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
                      .slice(0, 5).map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).replace(/ /g, '.') : ''}`)
                """);
            problems.Add($"{name} at {width} px: {overflow} px wider than the screen ({string.Join(", ", culprits)})");
        }
        var raw = await BrowserFixture.RawNamesAsync(page);
        if (raw.Count > 0) problems.Add($"{name} at {width} px: camelCase left on the page: {string.Join(", ", raw)}");
    }
}
