using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Inventory.Browser.Tests;

/// <summary>
/// The app in Spanish (chosen with the language switch) and in Brazilian Portuguese (the browser's language): every page
/// says nothing in English but the names the organization typed, writes money, dates and quarters the local way, is
/// accessible and uncut at 1280 and 390 px; a screenshot of each page in each language is kept in TestResults/browser.
/// </summary>
public partial class LanguageTests(BrowserFixture browser)
{
    /// <summary>Words of the English pages (case-sensitive, whole words) that none of the names the demo company and the tests type contain.</summary>
    private static readonly string[] EnglishWords =
    [
        "Dashboard", "Reviews", "Review", "Audit", "Keys", "Sign out", "Segment", "Segments", "Relationship", "Relationships",
        "Cost", "Monthly", "Satisfaction", "Interactions", "Timeline", "Type", "Status", "Established", "Expectations", "Objective",
        "Decisions", "Decision", "Factors", "Figures", "Show", "Save", "Choose", "Printable", "Download", "Quarter", "Gap", "Channels",
        "Owner", "Provider", "Rate", "Effective", "recorded", "version", "active", "effective", "quarter", "per interaction", "since",
        "confirmed", "closed", "overdue", "Open", "Closed", "Self-service", "Personal assistance", "Acquisition", "Retention", "Boosting sales",
        "Met", "Unmet", "met", "unmet", "Integrations", "Events", "Pack", "pack", "Attributes", "Usage", "Verify", "Filter", "Create",
    ];

    /// <summary>A quarter as the API writes it (2025-Q4): the pages write it the local way (T4 2025, 4º tri 2025).</summary>
    [GeneratedRegex(@"\b\d{4}-Q[1-4]\b")]
    private static partial Regex ApiQuarter();

    private static async Task<IPage> InLanguageAsync(BrowserFixture browser, string language, int width, int height)
    {
        if (language == "pt-BR") return await browser.SignedInPageAsync(width, height, "pt-BR");
        // Spanish is chosen on the page: the browser speaks English, the switch sets the cookie and shows the page again.
        var page = await browser.SignedInPageAsync(width, height);
        await page.Locator("#language").SelectOptionAsync("es");
        await page.WaitForSelectorAsync("html[lang=es] body[data-ready=true]");
        return page;
    }

    [Theory]
    [InlineData("es", 1280, 900)]
    [InlineData("es", 390, 844)]
    [InlineData("pt-BR", 1280, 900)]
    [InlineData("pt-BR", 390, 844)]
    public async Task every_page_speaks_the_language_uncut_and_accessible(string language, int width, int height)
    {
        var problems = new List<string>();
        var page = await InLanguageAsync(browser, language, width, height);
        var seen = BrowserFixture.Watch(page);
        foreach (var (name, path) in await browser.TourPagesAsync())
        {
            await page.GotoAsync(path);
            if (!path.StartsWith("/api/")) await BrowserFixture.Explained(BrowserFixture.Ready(page), page, seen);
            if (name == "compare")
            {
                await page.Locator("#from").FillAsync("2025-01-01");
                await page.Locator("#to").FillAsync("2026-12-31");
                await page.Locator("#dates button[type=submit]").ClickAsync();
                await page.Locator("#changes section").First.WaitForAsync();
            }
            await Check(page, $"{name}-{language}", width, language, problems);
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task the_sign_in_page_follows_the_browser_and_offers_the_switch()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.Url, Locale = "es-MX" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin.html");
        await BrowserFixture.Ready(page);
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Inventario de relaciones");
        (await page.GetByLabel("Clave de API").CountAsync()).ShouldBe(1);
        await page.Locator("#language").SelectOptionAsync("pt-BR");
        await page.WaitForSelectorAsync("html[lang=pt-BR] body[data-ready=true]");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Entrar" }).CountAsync()).ShouldBe(1);
        var problems = new List<string>();
        await Check(page, "signin-pt-BR", 1280, "pt-BR", problems);
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task in_spanish_the_dashboard_segment_review_and_pack_show_spanish_words_euros_dates_and_quarters()
    {
        var page = await InLanguageAsync(browser, "es", 1280, 900);
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Panel");
        (await page.Locator("header.app nav").InnerTextAsync()).ShouldContain("Revisiones");
        var legend = await page.EvaluateAsync<string[]>("window.charts.mix.data.datasets.map(d => d.label)");
        legend.ShouldContain("Autoservicio");
        legend.ShouldContain("Asistencia personal exclusiva (dedicada)");
        (await page.EvaluateAsync<string[]>("window.charts.mix.data.labels")).ShouldContain("T4 2025");
        (await page.Locator("#gap thead").InnerTextAsync()).ShouldContain("Relación a través de terceros");

        await page.GotoAsync($"/segment.html?id={await browser.SegmentIdAsync("Sport riders")}");
        await BrowserFixture.Ready(page);
        // The demo's fitting studio costs 5,200.00 EUR a month: in Spain, 5.200,00 €.
        (await page.Locator("#relationships tr[data-relationship='Fitting studio']").InnerTextAsync()).ShouldContain("5.200,00\u00a0€");
        (await page.Locator("#relationships tr[data-relationship='Fitting studio']").InnerTextAsync()).ShouldContain("Asistencia personal");
        (await page.Locator("#summary").InnerTextAsync()).ShouldMatch(@"definido el \d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic) \d{4}");
        (await page.Locator("#timeline").InnerTextAsync()).ShouldContain("efectivo el");

        await page.GotoAsync($"/review.html?id={await browser.ReviewIdAsync("2025-Q4")}");
        await BrowserFixture.Ready(page);
        (await page.Locator("h1").TextContentAsync())!.ShouldStartWith("Revisión T4 2025");
        (await page.Locator("#decisions").InnerTextAsync()).ShouldContain("Mantener");
        (await page.Locator("#print").GetAttributeAsync("href"))!.ShouldEndWith("lang=es");
        await page.Locator("#print").ClickAsync();
        await BrowserFixture.UrlAsync(page, "format=html");
        (await page.Locator("h1").TextContentAsync())!.ShouldStartWith("Dosier de revisión T4 2025");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("es");
        (await page.Locator("body").InnerTextAsync()).ShouldContain("Asistencia personal exclusiva (dedicada)");
        (await page.Locator("body").InnerTextAsync()).ShouldMatch(@"\d{1,3}(\.\d{3})+,\d{2}\u00a0€");
        await page.PdfAsync(new() { Path = BrowserFixture.Shot("review-pack-es.pdf"), Format = "A4" });
    }

    [Fact]
    public async Task a_team_prints_the_pack_in_english_for_a_foreign_board_from_the_portuguese_page()
    {
        var page = await InLanguageAsync(browser, "pt-BR", 1280, 900);
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Painel");
        await page.GotoAsync($"/segment.html?id={await browser.SegmentIdAsync("Sport riders")}");
        await BrowserFixture.Ready(page);
        // A EUR organization in Portuguese: € 5.200,00 (the currency is the organization's, the writing Brazil's).
        (await page.Locator("#relationships tr[data-relationship='Fitting studio']").InnerTextAsync()).ShouldContain("€\u00a05.200,00");
        (await page.Locator("#summary").InnerTextAsync()).ShouldMatch(@"definido em \d{1,2} de [a-zç]{3}\.? de \d{4}");

        await page.GotoAsync($"/review.html?id={await browser.ReviewIdAsync("2025-Q4")}");
        await BrowserFixture.Ready(page);
        (await page.Locator("h1").TextContentAsync())!.ShouldStartWith("Revisão 4º tri 2025");
        await page.GetByLabel("Idioma do dossiê para impressão").SelectOptionAsync("en");
        await page.Locator("#print").ClickAsync();
        await BrowserFixture.UrlAsync(page, "format=html");
        (await page.Locator("h1").TextContentAsync())!.ShouldStartWith("Review pack 2025-Q4");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("en");
        (await page.Locator("body").InnerTextAsync()).ShouldContain("Dedicated personal assistance");
    }

    private static async Task Check(IPage page, string name, int width, string language, List<string> problems)
    {
        await PageTourTests.Check(page, name, width, problems);
        var lang = await page.Locator("html").GetAttributeAsync("lang");
        if (lang != language) problems.Add($"{name} at {width} px: <html lang=\"{lang}\">");
        var text = await page.EvaluateAsync<string>("() => document.body.innerText + ' ' + document.title");
        foreach (var word in EnglishWords.Where(w => Regex.IsMatch(text, $@"(?<![\p{{L}}-]){Regex.Escape(w)}(?![\p{{L}}-])")))
            problems.Add($"{name} at {width} px: English left on the page: \"{word}\"");
        foreach (Match quarter in ApiQuarter().Matches(text)) problems.Add($"{name} at {width} px: a quarter written the API's way: {quarter.Value}");
    }
}
