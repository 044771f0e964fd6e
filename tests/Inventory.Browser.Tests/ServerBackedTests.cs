using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Inventory.Browser.Tests;

/// <summary>The flows that needed the server fixed: the demo's closed review, the complete audit CSV, time travel before a segment, overdue quarters.</summary>
public class ServerBackedTests(BrowserFixture browser)
{
    [Fact]
    public async Task the_demo_closed_review_opens_and_its_pack_prints()
    {
        var page = await browser.SignedInPageAsync();
        var seen = BrowserFixture.Watch(page);
        await page.GotoAsync("/reviews.html");
        await BrowserFixture.Ready(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "2025-Q4" }).ClickAsync();
        await BrowserFixture.Explained(BrowserFixture.Ready(page), page, seen);
        (await page.Locator("h1").TextContentAsync())!.ShouldContain("Review 2025-Q4");
        (await page.Locator("#summary").TextContentAsync())!.ShouldContain("frozen");
        (await page.Locator("#decisions tbody tr").CountAsync()).ShouldBeGreaterThan(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Printable pack" }).ClickAsync();
        await BrowserFixture.UrlAsync(page, "format=html");
        (await page.Locator("h1").TextContentAsync())!.ShouldContain("Review pack 2025-Q4");
        await page.PdfAsync(new() { Path = BrowserFixture.Shot("demo-review-pack.pdf"), Format = "A4", PrintBackground = true });
        new FileInfo(BrowserFixture.Shot("demo-review-pack.pdf")).Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public async Task the_audit_csv_holds_every_change_the_log_counts()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/audit.html");
        await BrowserFixture.Ready(page);
        var href = await page.Locator("#csv").GetAttributeAsync("href");
        href!.ShouldNotContain("pageSize");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());
        await download.SaveAsAsync(BrowserFixture.Shot("audit-all.csv"));
        // Counted after the download: other tests may add changes meanwhile, never remove any.
        var total = (await browser.Api.GetFromJsonAsync<JsonElement>("/api/audit?pageSize=1")).GetProperty("totalCount").GetInt64();
        var lines = await File.ReadAllLinesAsync(BrowserFixture.Shot("audit-all.csv"));
        var rows = lines.Skip(1).Count(l => l.Length > 0 && char.IsDigit(l[0]));
        rows.ShouldBeLessThanOrEqualTo((int)total);
        var shown = long.Parse(new string((await page.Locator("#state").TextContentAsync())!.TakeWhile(c => char.IsDigit(c) || c == ',').Where(char.IsDigit).ToArray()));
        rows.ShouldBeGreaterThanOrEqualTo((int)shown);

        // Each entry says what it is about and links there.
        var about = page.Locator("#log-table tbody tr").Filter(new() { Has = page.Locator("a[href^='/relationship.html']") }).First;
        await about.GetByRole(AriaRole.Link).Last.ClickAsync();
        await BrowserFixture.UrlAsync(page, "relationship.html");
        await BrowserFixture.Ready(page);
        (await page.Locator("#events li").CountAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task travelling_before_a_segment_existed_lists_nothing()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync($"/segment.html?id={await browser.SegmentIdAsync("Commuters")}");
        await BrowserFixture.Ready(page);
        (await page.Locator("#relationships tbody tr").CountAsync()).ShouldBeGreaterThan(0);

        await page.GetByLabel("As of (effective date)").FillAsync("1990-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Travel" }).ClickAsync();
        await page.Locator("#travelling").Filter(new() { HasText = "not yet defined" }).WaitForAsync();
        (await page.Locator("#relationships tbody tr").CountAsync()).ShouldBe(0);
        (await page.Locator("#expectations li").CountAsync()).ShouldBe(0);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("segment-before-it-existed.png"), FullPage = true });

        await page.GetByLabel("As of (effective date)").FillAsync("");
        await page.GetByLabel("As known at (recorded)").FillAsync("2000-01-01T00:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Travel" }).ClickAsync();
        await page.Locator("#travelling").Filter(new() { HasText = "as known at" }).Filter(new() { HasText = "not yet defined" }).WaitForAsync();
        (await page.Locator("#relationships tbody tr").CountAsync()).ShouldBe(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Now" }).ClickAsync();
        await page.Locator("#relationships tbody tr").First.WaitForAsync();
    }

    [Fact]
    public async Task overdue_quarters_show_on_the_reviews_list()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/reviews.html");
        await BrowserFixture.Ready(page);
        var overdue = await browser.Api.GetFromJsonAsync<JsonElement>("/api/reviews");
        var periods = overdue.GetProperty("overdue").EnumerateArray().Select(o => o.GetProperty("period").GetString()!).ToList();
        periods.ShouldContain("2026-Q1");
        (await page.Locator("tr[data-period='2026-Q1']").TextContentAsync())!.ShouldContain("overdue");
        (await page.Locator("#overdue").TextContentAsync())!.ShouldContain("2026-Q1");
    }
}
