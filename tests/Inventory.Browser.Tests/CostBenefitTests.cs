using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Inventory.Browser.Tests;

/// <summary>
/// A segment's outcomes recorded through its page's form, seen in its table and in the dashboard's cost-benefit section,
/// in English and Spanish at 1280 and 390 px; the section's empty state; a viewer sees the outcomes but no form.
/// </summary>
public class CostBenefitTests(BrowserFixture browser)
{
    /// <summary>
    /// A segment defined on 2026-07-01 (objective acquisition) with one relationship serving acquisition at 3,000.00 a month
    /// from the same day: its 2026-Q3 relationship cost is three full months, 9,000.00.
    /// </summary>
    private async Task<string> SegmentAsync(string name)
    {
        var defined = await browser.Api.PostAsJsonAsync("/api/segments", new { name, motivation = "acquisition", effectiveDate = "2026-07-01" });
        defined.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await defined.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("segmentId").GetString()!;
        var established = await browser.Api.PostAsJsonAsync($"/api/segments/{id}/relationships", new
        {
            type = "personalAssistance", name = $"{name} desk", channels = new[] { "inPerson" }, phases = new[] { "beforePurchase" },
            motivations = new[] { "acquisition" }, horizon = "transactional", monthlyFixedCost = 3000.00m, costPerInteraction = 0m,
            currency = "EUR", effectiveDate = "2026-07-01",
        });
        established.StatusCode.ShouldBe(HttpStatusCode.Created);
        return id;
    }

    private async Task<IPage> PageAsync(string language, int width, int height)
    {
        var page = await browser.SignedInPageAsync(width, height);
        if (language == "en") return page;
        await page.Locator("#language").SelectOptionAsync(language);
        await page.WaitForSelectorAsync($"html[lang={language}] body[data-ready=true]");
        return page;
    }

    private static async Task RecordAsync(ILocator form, string month, string revenue, int newCustomers, int lostCustomers, int activeCustomers)
    {
        await form.Locator("input[name=month]").FillAsync(month);
        await form.Locator("input[name=revenue]").FillAsync(revenue);
        await form.Locator("input[name=newCustomers]").FillAsync(newCustomers.ToString());
        await form.Locator("input[name=lostCustomers]").FillAsync(lostCustomers.ToString());
        await form.Locator("input[name=activeCustomers]").FillAsync(activeCustomers.ToString());
        await form.Locator("button[type=submit]").ClickAsync();
    }

    /// <summary>Text as read, its no-break and narrow no-break spaces (Intl's, around € and %) as plain spaces.</summary>
    private static async Task<string> TextAsync(ILocator locator) => Regex.Replace(await locator.InnerTextAsync(), "[\u00a0\u202f]", " ");

    [Theory]
    [InlineData("en", 1280, 900)]
    [InlineData("en", 390, 844)]
    [InlineData("es", 1280, 900)]
    [InlineData("es", 390, 844)]
    public async Task outcomes_recorded_through_the_form_show_newest_first_and_in_the_dashboard_figures_and_flags(string language, int width, int height)
    {
        var english = language == "en";
        var name = $"Velo {language} {width}";
        var segment = await SegmentAsync(name);
        var problems = new List<string>();
        var page = await PageAsync(language, width, height);
        var seen = BrowserFixture.Watch(page);
        await page.GotoAsync($"/segment.html?id={segment}");
        await BrowserFixture.Explained(BrowserFixture.Ready(page), page, seen);
        (await page.Locator("#outcomes .empty").CountAsync()).ShouldBe(1);
        var form = page.Locator("#outcome-form form");

        // A negative revenue is refused, and said beside the field in the page's language (the problem's code, not its English).
        await RecordAsync(form, "2026-08", "-1", 20, 2, 96);
        var revenue = form.Locator("input[name=revenue]");
        await Assertions.Expect(revenue).ToHaveAttributeAsync("aria-invalid", "true");
        (await form.Locator("#" + (await revenue.GetAttributeAsync("aria-describedby"))!.Split(' ')[0]).TextContentAsync())
            .ShouldBe(english ? "Revenue must not be negative." : "Ingresos no puede ser negativo.");

        // A month ending before the segment was defined is refused beside the month, its dates written the page's way.
        await RecordAsync(form, "2026-06", "100", 1, 0, 1);
        var month = form.Locator("input[name=month]");
        await Assertions.Expect(month).ToHaveAttributeAsync("aria-invalid", "true");
        (await form.Locator("#" + (await month.GetAttributeAsync("aria-describedby"))!.Split(' ')[0]).TextContentAsync()).ShouldBe(english
            ? "2026-06 ends before the segment was defined (2026-07-01)."
            : "Jun 2026 termina antes de la definición del segmento (1 jul 2026).");
        (await revenue.GetAttributeAsync("aria-invalid")).ShouldBeNull();

        // August, then September twice: the second September replaces the first.
        await RecordAsync(form, "2026-08", "2500", 20, 2, 96);
        await page.Locator("#outcomes-table tr[data-month='2026-08']").WaitForAsync();
        await RecordAsync(form, "2026-09", "5000", 30, 4, 120);
        await page.Locator("#outcomes-table tr[data-month='2026-09']").WaitForAsync();
        await RecordAsync(form, "2026-09", "5500", 30, 4, 120);
        await Assertions.Expect(page.Locator("#outcomes-table tr[data-month='2026-09']")).ToContainTextAsync(english ? "5,500.00" : "5.500,00");
        (await page.Locator("#outcomes-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.month)")).ShouldBe(["2026-09", "2026-08"]);
        var september = await TextAsync(page.Locator("#outcomes-table tr[data-month='2026-09']"));
        september.ShouldContain(english ? "€5,500.00" : "5.500,00 €");
        september.ShouldContain("120");
        await Assertions.Expect(page.Locator("#timeline li").First).ToContainTextAsync(
            new Regex(english ? @"^Outcome of 2026-09: €5,500\.00 revenue, 30 new, 4 lost, 120 customers at month end" : @"^Resultado de sept?\.? 2026: 5\.500,00\s€ de ingresos, 30 nuevos, 4 perdidos, 120 clientes al cierre del mes"));
        await PageTourTests.Check(page, $"cost-benefit-segment-{language}", width, problems);

        // On the dashboard, 2026-Q3: revenue 2,500 + 5,500 = 8,000.00 against 9,000.00 of cost (cost to serve 112.5 %, so the
        // segment is flagged); 20 + 30 = 50 new customers at 9,000.00 of acquisition cost: 180.00 each; 120 customers at the
        // quarter's end; no retention rate (June has no outcome, so no opening customers); all the cost serves the objective.
        // October (recorded through the API) brings in 1,000.00: 2026-Q4 costs more than it brings in too.
        (await browser.Api.PostAsJsonAsync($"/api/segments/{segment}/outcomes",
            new { month = "2026-10", revenue = "1000.00", newCustomers = 0, lostCustomers = 0, activeCustomers = 120 })).IsSuccessStatusCode.ShouldBeTrue();
        await page.GotoAsync("/");
        await BrowserFixture.Explained(BrowserFixture.Ready(page), page, seen);
        await page.Locator("#range input[name=from]").FillAsync("2026-Q3");
        await page.Locator("#range input[name=to]").FillAsync("2026-Q4");
        await page.Locator("#range button[type=submit]").ClickAsync();
        var row = page.Locator($"#cb-figures tr[data-quarter='2026-Q3'][data-segment='{name}']");
        await row.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        async Task<string> Cell(string column) => Regex.Replace(await row.Locator($"td[data-column={column}]").TextContentAsync() ?? "", "[\u00a0\u202f]", " ");
        (await Cell("revenue")).ShouldBe(english ? "€8,000.00" : "8.000,00 €");
        (await Cell("relationshipCost")).ShouldBe(english ? "€9,000.00" : "9.000,00 €");
        (await Cell("costToServe")).ShouldBe(english ? "112.5%" : "112,5 %");
        (await Cell("newCustomers")).ShouldBe("50");
        (await Cell("lostCustomers")).ShouldBe("6");
        (await Cell("closingCustomers")).ShouldBe("120");
        (await Cell("retentionRate")).ShouldBe("—");
        (await Cell("acquisitionCostPerNewCustomer")).ShouldBe(english ? "€180.00" : "180,00 €");
        (await Cell("objectiveAlignment")).ShouldBe(english ? "100.0%" : "100,0 %");

        var flagged = page.Locator($"#cb-flags li[data-segment='{name}']");
        (await flagged.Locator("li[data-flag]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.flag)")).ShouldBe(["costExceedsRevenue"]);
        var flag = await TextAsync(flagged.Locator("li[data-flag=costExceedsRevenue]"));
        flag.ShouldStartWith(english ? "Costs more than it brings in: 2026-Q3 to 2026-Q4; in 2026-Q4, its relationships cost €"
            : "Cuesta más de lo que ingresa: T3 2026 a T4 2026; en T4 2026, sus relaciones cuestan ");
        flag.ShouldEndWith(english ? ", more than the €1,000.00 it brought in." : ", más que los 1.000,00 € que aportó.");

        await page.Locator("#cb-segment").SelectOptionAsync(new SelectOptionValue { Label = name });
        (await page.EvaluateAsync<double[]>("window.charts['cb-revenue'].data.datasets.map(d => d.data[0])")).ShouldBe([8000, 9000]);
        await page.Locator("input[name=cb-measure][value=acquisitionCostPerNewCustomer]").CheckAsync();
        (await page.EvaluateAsync<double>($"window.charts['cb-trend'].data.datasets.find(d => d.label === '{name}').data[0]")).ShouldBe(180);
        // The downloads offer the same figures as a CSV file for the quarters shown.
        var csv = await browser.Api.GetAsync(await page.Locator("#downloads a[href^='/api/reports/cost-benefit']").GetAttributeAsync("href"));
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',').ToList();
        var cells = lines.Single(l => l.StartsWith("2026-Q3,") && l.Contains($",{name},")).Split(',');
        decimal Figure(string column) => decimal.Parse(cells[header.IndexOf(column)], System.Globalization.CultureInfo.InvariantCulture);
        (Figure("revenue"), Figure("relationshipCost"), Figure("costToServe"), Figure("newCustomers"), Figure("acquisitionCostPerNewCustomer"))
            .ShouldBe((8000m, 9000m, 1.125m, 50m, 180m));
        lines.ShouldNotContain(l => l.StartsWith("2026-Q2,"));
        await PageTourTests.Check(page, $"cost-benefit-dashboard-{language}", width, problems);
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task quarters_without_any_outcome_show_an_explanation_instead_of_charts()
    {
        var page = await PageAsync("es", 390, 844);
        await page.Locator("#range input[name=from]").FillAsync("T1 2020");
        await page.Locator("#range input[name=to]").FillAsync("T2 2020");
        await page.Locator("#range button[type=submit]").ClickAsync();
        await page.Locator("#cb-empty .empty").WaitForAsync();
        (await page.Locator("#cb-empty").InnerTextAsync()).ShouldStartWith("Aún no hay resultados registrados en estos trimestres");
        (await page.Locator("#cb-body").IsHiddenAsync()).ShouldBeTrue();
        (await page.EvaluateAsync<bool>("'cb-revenue' in window.charts || 'cb-trend' in window.charts")).ShouldBeFalse();
        var problems = new List<string>();
        await PageTourTests.Check(page, "cost-benefit-empty-es", 390, problems);
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_viewer_sees_the_outcomes_as_of_a_date_but_no_form_to_change_anything()
    {
        var segment = await SegmentAsync("Velo viewer");
        (await browser.Api.PostAsJsonAsync($"/api/segments/{segment}/outcomes",
            new { month = "2026-08", revenue = "1200.00", newCustomers = 4, lostCustomers = 0, activeCustomers = 4 })).IsSuccessStatusCode.ShouldBeTrue();
        (await browser.Api.PostAsJsonAsync($"/api/segments/{segment}/outcomes",
            new { month = "2026-09", revenue = "1500.00", newCustomers = 3, lostCustomers = 1, activeCustomers = 6 })).IsSuccessStatusCode.ShouldBeTrue();
        var created = await browser.Api.PostAsJsonAsync("/api/keys", new { name = "cost-benefit viewer", role = "viewer" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;

        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.Url, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin.html");
        await page.GetByLabel("API key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await BrowserFixture.UrlAsync(page, "signin", matches: false);
        await page.GotoAsync($"/segment.html?id={segment}");
        await BrowserFixture.Ready(page);
        (await TextAsync(page.Locator("#outcomes-table tr[data-month='2026-08']"))).ShouldContain("€1,200.00");
        (await page.Locator("#outcomes-table tbody tr").CountAsync()).ShouldBe(2);
        (await page.Locator("#outcome-form form").CountAsync()).ShouldBe(0);
        // Nor any other change form: the server would refuse a viewer's change (403).
        (await page.Locator("#change").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("main form:visible").CountAsync()).ShouldBe(1, "only the travel form");

        // As of 31 August, September has not started: only August is listed.
        await page.GetByLabel("As of (effective date)").FillAsync("2026-08-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Travel" }).ClickAsync();
        await Assertions.Expect(page.Locator("#outcomes-table tbody tr")).ToHaveCountAsync(1);
        (await page.Locator("#outcomes-table tbody tr").GetAttributeAsync("data-month")).ShouldBe("2026-08");

        // The dashboard lists the segments without the form defining one.
        await page.GotoAsync("/");
        await BrowserFixture.Ready(page);
        (await page.Locator("#segments li").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#define form").CountAsync()).ShouldBe(0);
    }
}
