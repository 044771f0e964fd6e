using System.Text.Json;
using Microsoft.Playwright;

namespace Inventory.Browser.Tests;

/// <summary>The web app in a real headless Chromium: sign in, change the portfolio through forms, see it charted, travel in time, run a review to a printed pack.</summary>
public class ReviewRoomTests(BrowserFixture browser)
{
    [Fact]
    public async Task signing_in_shows_the_dashboard_with_its_charts()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.Url, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var seen = BrowserFixture.Watch(page);
        await page.GotoAsync("/");
        await BrowserFixture.Explained(BrowserFixture.UrlAsync(page, "signin"), page, seen);
        await page.GetByLabel("API key").FillAsync("ri_wrong");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).TextContentAsync())!.ShouldContain("unknown or revoked");

        page = await browser.SignedInPageAsync();
        var types = await page.EvaluateAsync<string[]>("window.charts.mix.data.datasets.map(d => d.label)");
        types.ShouldContain("Self-service");
        (await page.Locator("#gap tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
        (await page.EvaluateAsync<int>("window.charts.satisfaction.data.datasets.length")).ShouldBeGreaterThan(0);
        (await page.Locator("#best").TextContentAsync())!.ShouldContain("Best satisfaction:");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("dashboard.png"), FullPage = true });

        var phone = await browser.SignedInPageAsync(390, 844);
        await phone.ScreenshotAsync(new() { Path = BrowserFixture.Shot("dashboard-390.png"), FullPage = true });
        (await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1")).ShouldBeTrue("no horizontal scrolling at 390 px");
    }

    [Fact]
    public async Task a_relationship_established_through_the_form_shows_on_the_dashboard_chart_and_bad_input_is_explained()
    {
        var page = await browser.SignedInPageAsync();
        await page.Locator("#segments").GetByRole(AriaRole.Link, new() { Name = "Commuters" }).ClickAsync();
        await BrowserFixture.Ready(page);
        await page.GetByLabel("Command").SelectOptionAsync("Establish a relationship");
        var form = page.Locator("form[data-command='Establish a relationship']");
        await form.GetByLabel("Type").SelectOptionAsync("coCreation");
        await form.GetByLabel("Name").FillAsync("Commuter design jam");
        await form.GetByLabel("Monthly fixed cost").FillAsync("-5");
        await form.GetByLabel("Effective date").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var error = form.Locator("#" + (await form.GetByLabel("Monthly fixed cost").GetAttributeAsync("aria-describedby"))!.Split(' ')[0]);
        await error.WaitForAsync();
        (await error.TextContentAsync())!.ShouldContain("must not be negative");
        (await form.GetByLabel("Monthly fixed cost").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("segment-validation.png"), FullPage = true });

        await form.GetByLabel("Monthly fixed cost").FillAsync("450");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator("tr[data-relationship='Commuter design jam']").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("segment.png"), FullPage = true });

        await page.GotoAsync("/");
        await BrowserFixture.Ready(page);
        var coCreation = await page.EvaluateAsync<JsonElement>("window.charts.mix.data.datasets.find(d => d.label === 'Co-creation').data");
        coCreation.EnumerateArray().Last().GetDouble().ShouldBeGreaterThanOrEqualTo(2); // the demo's test panel and the new jam
    }

    [Fact]
    public async Task the_segment_page_travels_back_in_time()
    {
        var page = await browser.SignedInPageAsync();
        await page.Locator("#segments").GetByRole(AriaRole.Link, new() { Name = "Sport riders" }).ClickAsync();
        await BrowserFixture.Ready(page);
        var now = await page.Locator("#relationships tbody tr").CountAsync();
        var firstDay = (await page.Locator("#summary").TextContentAsync())!.Split("defined ")[1][..10];
        await page.GetByLabel("As of (effective date)").FillAsync(firstDay);
        await page.GetByRole(AriaRole.Button, new() { Name = "Travel" }).ClickAsync();
        await page.Locator("#travelling").Filter(new() { HasText = "as of" }).WaitForAsync();
        (await page.Locator("#relationships tbody tr").CountAsync()).ShouldBeLessThan(now);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("segment-as-of.png"), FullPage = true });

        await page.GetByLabel("As of (effective date)").FillAsync("");
        await page.GetByLabel("As known at (recorded)").FillAsync("2000-01-01T00:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Travel" }).ClickAsync();
        await page.Locator("#travelling").Filter(new() { HasText = "not yet defined" }).WaitForAsync();
        (await page.Locator("#relationships tbody tr").CountAsync()).ShouldBe(0);
        (await page.Locator("#timeline li").CountAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task a_review_is_run_to_a_printed_pack()
    {
        var page = await browser.SignedInPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync(); // closing asks first: it freezes the pack
        await page.GotoAsync("/reviews.html");
        await BrowserFixture.Ready(page);
        var open = page.Locator("form[data-command='Open a review']");
        await open.GetByLabel("Period (YYYY-Qn)").FillAsync("2025-Q3");
        await open.GetByLabel("Title").FillAsync("Q3 review room");
        await open.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        await BrowserFixture.UrlAsync(page, "review.html");
        await BrowserFixture.Ready(page);

        var factor = page.Locator("form[data-command='Record a factor']");
        await factor.GetByLabel("Factor").SelectOptionAsync("regulation");
        await factor.GetByLabel("Impact").SelectOptionAsync("high");
        await factor.GetByLabel("Description").FillAsync("E-bike speed limits tightened");
        await factor.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await page.Locator("#factors li").Filter(new() { HasText = "E-bike speed limits" }).WaitForAsync();

        var decision = page.Locator("form[data-command='Record a decision']");
        await decision.GetByLabel("Decision").SelectOptionAsync("introduce");
        await decision.Locator("select[name=segmentId]").SelectOptionAsync(new SelectOptionValue { Label = "Commuters" });
        await decision.GetByLabel("Type (for introduce)").SelectOptionAsync("communities");
        await decision.GetByLabel("Rationale").FillAsync("Commuters ask for group rides");
        await decision.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        var apply = page.Locator("form[data-command^='Apply: Introduce']");
        await apply.WaitForAsync();
        await apply.GetByLabel("Effective date").FillAsync("2025-10-01");
        await apply.GetByLabel("Name").FillAsync("Commuter group rides");
        await apply.GetByLabel("Monthly fixed cost").FillAsync("300");
        await apply.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.Locator("#decisions tbody td").Filter(new() { HasText = "2025-10-01" }).WaitForAsync();

        var close = page.Locator("form[data-command='Close the review']");
        await close.GetByLabel("Summary").FillAsync("Introduce group rides for commuters");
        await close.GetByRole(AriaRole.Button, new() { Name = "Close and freeze the pack" }).ClickAsync();
        await page.Locator("#summary").Filter(new() { HasText = "frozen" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("review.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Printable pack" }).ClickAsync();
        await BrowserFixture.UrlAsync(page, "format=html");
        (await page.Locator("h1").TextContentAsync())!.ShouldContain("Review pack 2025-Q3");
        (await page.ContentAsync()).ShouldContain("E-bike speed limits tightened");
        await page.PdfAsync(new() { Path = BrowserFixture.Shot("review-pack.pdf"), Format = "A4", PrintBackground = true });
        new FileInfo(BrowserFixture.Shot("review-pack.pdf")).Length.ShouldBeGreaterThan(10_000);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("review-pack.png"), FullPage = true });
    }

    [Fact]
    public async Task the_audit_page_filters_the_change_log_and_offers_csv()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/audit.html");
        await BrowserFixture.Ready(page);
        await page.Locator("#log tbody tr").First.WaitForAsync();
        await page.GetByLabel("User").FillAsync("demo-loader");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.Locator("#state").Filter(new() { HasText = "changes" }).WaitForAsync();
        (await page.Locator("#csv").GetAttributeAsync("href"))!.ShouldContain("format=csv");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());
        await download.SaveAsAsync(BrowserFixture.Shot("audit.csv"));
        (await File.ReadAllLinesAsync(BrowserFixture.Shot("audit.csv")))[0].ShouldStartWith("sequence,recordedAt,user");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("audit.png"), FullPage = true });

        // Every input has a label: no unlabelled control on the pages.
        foreach (var path in new[] { "/", "/audit.html", "/reviews.html" })
        {
            await page.GotoAsync(path);
            await BrowserFixture.Ready(page);
            var unlabelled = await page.EvaluateAsync<int>(
                "[...document.querySelectorAll('input:not([type=hidden]):not([type=radio]), select, textarea')].filter(i => !i.labels || i.labels.length === 0).length");
            unlabelled.ShouldBe(0, path);
        }
    }
}
