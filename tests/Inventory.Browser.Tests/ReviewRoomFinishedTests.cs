using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Inventory.Browser.Tests;

/// <summary>The flows of a strategy team and an auditor on the demo company, each in the browser.</summary>
public class ReviewRoomFinishedTests(BrowserFixture browser)
{
    [Fact]
    public async Task a_review_that_cannot_be_read_says_its_pack_is_not_available()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync($"/review.html?id={Guid.NewGuid()}");
        await BrowserFixture.Ready(page);
        (await page.Locator("#summary").TextContentAsync())!.ShouldContain("Pack not available");
    }

    [Fact]
    public async Task an_auditor_verifies_the_log_and_takes_a_checkpoint()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/audit.html");
        await BrowserFixture.Ready(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Take a checkpoint now" }).ClickAsync();
        await page.Locator("#integrity-result").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("Checkpoint \\d+ taken|No checkpoint taken") }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify the log" }).ClickAsync();
        await page.Locator("#integrity-result").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^(Verified: \\d+ checkpoints?|Nothing to verify yet)") }).WaitForAsync();
    }

    [Fact]
    public async Task the_timeline_names_its_relationships_and_shows_more_on_demand()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync($"/segment.html?id={await browser.SegmentIdAsync("Sport riders")}");
        await BrowserFixture.Ready(page);
        (await page.Locator("#timeline > li").CountAsync()).ShouldBe(20);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show more" }).ClickAsync();
        (await page.Locator("#timeline > li").CountAsync()).ShouldBe(40);
        var named = page.Locator("#timeline > li a[href^='/relationship.html']");
        (await named.CountAsync()).ShouldBeGreaterThan(10);
        await named.First.ClickAsync();
        await BrowserFixture.UrlAsync(page, "relationship.html");
        await BrowserFixture.Ready(page);
        await page.Locator("#usage-chart").WaitForAsync();
    }

    [Fact]
    public async Task a_decision_picks_its_relationship_and_every_missing_field_is_named_at_once()
    {
        var open = await browser.Api.PostAsJsonAsync("/api/reviews", new { period = "2026-Q2", title = "Picker review" });
        open.EnsureSuccessStatusCode();
        var id = (await open.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewId").GetString();
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync($"/review.html?id={id}");
        await BrowserFixture.Ready(page);

        var decision = page.Locator("form[data-command='Record a decision']");
        await decision.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        foreach (var field in new[] { "Decision", "Segment", "Rationale" })
        {
            var input = decision.GetByLabel(field, new() { Exact = false }).First;
            (await input.GetAttributeAsync("aria-invalid")).ShouldBe("true", field);
            (await decision.Locator("#" + (await input.GetAttributeAsync("aria-describedby"))!.Split(' ')[0]).TextContentAsync())!.ShouldBe($"{field} is required.");
        }
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("review-validation.png"), FullPage = true });

        await decision.GetByLabel("Decision").SelectOptionAsync("expand");
        await decision.Locator("select[name=segmentId]").SelectOptionAsync(new SelectOptionValue { Label = "Sport riders" });
        var picker = decision.Locator("select[name=relationshipId]");
        var offered = await picker.Locator("option:not([disabled])").AllTextContentsAsync();
        offered.ShouldContain(o => o.StartsWith("Saturday ride club"));
        offered.ShouldNotContain(o => o.Contains("Commuters"));
        await picker.SelectOptionAsync(new SelectOptionValue { Label = offered.First(o => o.StartsWith("Saturday ride club")) });
        await decision.GetByLabel("Rationale").FillAsync("The club fills every Saturday");
        await decision.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await page.Locator("#decisions-table tbody tr").Filter(new() { HasText = "Saturday ride club" }).WaitForAsync();
        await page.Locator(".notice").Filter(new() { HasText = "Decision recorded" }).WaitForAsync();

        // The server's messages go beside their fields too, in the form's words.
        var apply = page.Locator("form[data-command^='Apply: Expand']");
        await apply.GetByLabel("Effective date").FillAsync("2026-05-01");
        await apply.GetByLabel("Monthly fixed cost").FillAsync("-1");
        await apply.GetByLabel("Rate per interaction").FillAsync("-1");
        await apply.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        var fixedError = apply.Locator("#" + (await apply.GetByLabel("Monthly fixed cost").GetAttributeAsync("aria-describedby"))!.Split(' ')[0]);
        await fixedError.Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(".") }).WaitForAsync();
        (await fixedError.TextContentAsync())!.ShouldNotMatch("[a-z][A-Z]");
        (await apply.GetByLabel("Monthly fixed cost").GetAttributeAsync("aria-invalid")).ShouldBe("true");
    }

    [Fact]
    public async Task a_scatter_point_on_the_dashboard_opens_its_relationship()
    {
        var page = await browser.SignedInPageAsync();
        var point = await page.EvaluateAsync<JsonElement>("""
            () => { const c = window.charts.satisfaction; const p = c.getDatasetMeta(0).data[0]; const r = c.canvas.getBoundingClientRect();
                    return { x: p.x, y: p.y, ids: c.data.datasets.flatMap(d => d.data.map(q => q.id)) }; }
            """);
        await page.Locator("#satisfaction-chart").ClickAsync(new() { Position = new() { X = (float)point.GetProperty("x").GetDouble(), Y = (float)point.GetProperty("y").GetDouble() } });
        await BrowserFixture.UrlAsync(page, "relationship.html");
        await BrowserFixture.Ready(page);
        var opened = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"];
        point.GetProperty("ids").EnumerateArray().Select(i => i.GetString()).ShouldContain(opened);
        (await page.Locator("h1").TextContentAsync())!.ShouldNotBe("Relationship");
        (await page.EvaluateAsync<int>("window.charts.usage.data.labels.length")).ShouldBeGreaterThan(0);
        (await page.Locator("#usage-table table tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("relationship.png"), FullPage = true });
    }

    [Fact]
    public async Task two_reviews_are_compared_with_each_change_linked_to_its_event()
    {
        var open = await browser.Api.PostAsJsonAsync("/api/reviews", new { period = "2026-Q4", title = "Compare review" });
        open.EnsureSuccessStatusCode();
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync($"/compare.html?review={await browser.ReviewIdAsync("2025-Q4")}");
        await BrowserFixture.Ready(page);
        await page.Locator("#second").SelectOptionAsync(new SelectOptionValue { Label = "2026-Q4 — Compare review (open)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare the reviews" }).ClickAsync();
        await page.Locator("#state").Filter(new() { HasText = "end of 2025-Q4" }).WaitForAsync();
        (await page.Locator("#state").TextContentAsync())!.ShouldContain("2026-12-31");
        var events = page.Locator("#changes a[href*='#event-']");
        (await events.CountAsync()).ShouldBeGreaterThan(0);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("compare-reviews.png"), FullPage = true });
        await events.First.ClickAsync();
        await BrowserFixture.UrlAsync(page, "segment.html");
        await BrowserFixture.Ready(page);
        var target = new Uri(page.Url).Fragment;
        (await page.Locator(target).IsVisibleAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task an_admin_creates_a_key_sees_it_once_and_revokes_it()
    {
        var page = await browser.SignedInPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync("/keys.html");
        await BrowserFixture.Ready(page);
        var create = page.Locator("form[data-command='Create a key']");
        await create.GetByLabel("Name").FillAsync("Browser auditor");
        await create.GetByLabel("Role").SelectOptionAsync("auditor");
        await create.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        (await page.Locator("#new-key-value").TextContentAsync())!.ShouldStartWith("ri_");
        var row = page.Locator("tr[data-key='Browser auditor']");
        await row.WaitForAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke Browser auditor" }).ClickAsync();
        await row.Filter(new() { HasText = "revoked" }).WaitForAsync();
    }
}
