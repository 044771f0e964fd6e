using System.Net;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Reviews;

/// <summary>The printable pack speaks the reader's language, or the one asked for when printing, and writes figures its way.</summary>
public class PackLanguageTests(AppFixture app)
{
    /// <summary>
    /// One dedicated account manager at 1,234.56 a month from 2025-01-01, and the review of 2025-Q1: the quarter's cost is
    /// three full months, 3 × 1,234.56 = 3,703.68; the pack is its live preview.
    /// </summary>
    private async Task<(ApiClient Admin, Guid Review)> ReviewedAsync(string currency)
    {
        var org = await app.Host.NewOrganizationAsync(currency);
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Flotas", motivation = "acquisition", effectiveDate = "2025-01-01" })).Id("segmentId");
        (await org.Admin.PostAsync($"/api/segments/{segment}/relationships", new
        {
            type = "dedicatedPersonalAssistance", name = "Gestores de cuenta", channels = new[] { "inPerson" }, phases = new[] { "afterPurchase" },
            motivations = new[] { "retention" }, horizon = "longTerm", owner = "Ventas", monthlyFixedCost = 1234.56m, costPerInteraction = 0m,
            currency, effectiveDate = "2025-01-01",
        })).ShouldBe(HttpStatusCode.Created);
        var review = (await org.Admin.PostAsync("/api/reviews", new { period = "2025-Q1" })).ShouldBe(HttpStatusCode.Created).Id("reviewId");
        return (org.Admin, review);
    }

    /// <summary>The page as a reader sees it: its character references (the pack writes é as &amp;#233;) decoded.</summary>
    private static string Text(Answer answer) => WebUtility.HtmlDecode(answer.ShouldBe(HttpStatusCode.OK).Body);

    [Fact]
    public async Task the_pack_printed_in_spanish_has_spanish_headings_vocabulary_quarters_dates_and_money()
    {
        var (admin, review) = await ReviewedAsync("EUR");

        var page = Text(await admin.GetAsync($"/api/reviews/{review}?format=html&lang=es"));

        page.ShouldContain("<html lang=\"es\">");
        page.ShouldContain("Dosier de revisión T1 2025");
        page.ShouldContain("Combinación de relaciones al cierre de T1 2025");
        page.ShouldContain("Asistencia personal exclusiva (dedicada)");
        page.ShouldContain("del 1 ene 2025 al 31 mar 2025");
        page.ShouldContain("3.703,68\u00a0€");
        page.ShouldNotContain("Review pack");
        page.ShouldNotContain("Relationship mix");
    }

    [Fact]
    public async Task the_pack_follows_the_browsers_language_and_the_lang_cookie_and_the_print_language_win_over_it()
    {
        var (admin, review) = await ReviewedAsync("BRL");

        var portuguese = Text(await admin.GetAsync($"/api/reviews/{review}?format=html", ("Accept-Language", "pt-BR,pt;q=0.9,en;q=0.5")));
        portuguese.ShouldContain("Dossiê de revisão 1º tri 2025");
        portuguese.ShouldContain("R$\u00a03.703,68");
        portuguese.ShouldContain("Assistência pessoal dedicada");
        portuguese.ShouldContain("de 1 de jan. de 2025 a 31 de mar. de 2025");

        var cookie = Text(await admin.GetAsync($"/api/reviews/{review}?format=html", ("Accept-Language", "pt-BR"), ("Cookie", "lang=es")));
        cookie.ShouldContain("Dosier de revisión T1 2025");

        var english = Text(await admin.GetAsync($"/api/reviews/{review}?format=html&lang=en", ("Accept-Language", "pt-BR"), ("Cookie", "lang=es")));
        english.ShouldContain("Review pack 2025-Q1");
        english.ShouldContain("R$3,703.68");
    }

    [Fact]
    public async Task a_print_language_there_is_no_file_for_is_refused_naming_lang()
    {
        var (admin, review) = await ReviewedAsync("EUR");

        var answer = (await admin.GetAsync($"/api/reviews/{review}?format=html&lang=fr")).ShouldBe(HttpStatusCode.BadRequest);

        answer.ContentType.ShouldBe("application/problem+json");
        answer.Json["errors"]!["lang"].ShouldNotBeNull();
    }
}
