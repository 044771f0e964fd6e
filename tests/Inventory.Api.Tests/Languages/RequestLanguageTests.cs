using Inventory.Api.Languages;
using Microsoft.AspNetCore.Http;

namespace Inventory.Api.Tests.Languages;

public sealed class RequestLanguageTests
{
    [Theory]
    [InlineData(null, null, "en")]
    [InlineData(null, "es-ES,es;q=0.9,en;q=0.8", "es")]
    [InlineData(null, "es-MX", "es")]
    [InlineData(null, "pt-BR,pt;q=0.9", "pt-BR")]
    [InlineData(null, "pt-PT", "pt-BR")]
    [InlineData(null, "fr-FR,fr;q=0.9,pt;q=0.8,es;q=0.5", "pt-BR")]
    [InlineData(null, "en;q=0.2,es;q=0.7", "es")]
    [InlineData(null, "de-DE,*;q=0.5", "en")]
    [InlineData(null, "es;q=0,en", "en")]
    [InlineData("pt-BR", "es-ES", "pt-BR")]
    [InlineData("EN", "es-ES", "en")]
    [InlineData("klingon", "es-ES", "es")]
    public void a_request_is_answered_in_its_cookie_language_else_its_browser_language_else_english(string? cookie, string? acceptLanguage, string expected)
    {
        var context = new DefaultHttpContext();
        if (cookie is not null) context.Request.Headers.Cookie = $"{Texts.Cookie}={cookie}";
        if (acceptLanguage is not null) context.Request.Headers.AcceptLanguage = acceptLanguage;

        Texts.Resolve(context.Request).ShouldBe(expected);
        Texts.ForRequest(context.Request).Language.ShouldBe(expected);
    }

    [Fact]
    public void texts_are_read_by_key_and_an_unknown_key_is_an_error()
    {
        Texts.For("es")["vocab.type.selfService"].ShouldBe("Autoservicio");
        Texts.For("pt-BR")["vocab.motivation.retention"].ShouldBe("Fidelização (retenção)");
        Texts.For("es").Formats.Money(1234.56m, "EUR").ShouldBe("1.234,56\u00a0€");
        Texts.For("pt-BR").Formats.Money(1234.56m, "BRL").ShouldBe("R$\u00a01.234,56");
        Texts.English.Formats.Money(-1234.5m, "EUR").ShouldBe("-€1,234.50");
        Texts.For("es").Formats.Date(new DateOnly(2026, 9, 30)).ShouldBe("30 sept 2026");
        Texts.For("pt-BR").Formats.Percent(0.125m).ShouldBe("12,5%");
        Should.Throw<KeyNotFoundException>(() => Texts.English["page.noSuchKey"]);
    }

    [Theory]
    [InlineData("es_AR.UTF-8", "es")]
    [InlineData("pt_BR", "pt-BR")]
    [InlineData("en_US.UTF-8", "en")]
    [InlineData("ja_JP.UTF-8", "en")]
    [InlineData("C.UTF-8", "en")]
    [InlineData("es-MX", "es")]
    [InlineData(null, "en")]
    public void the_command_line_speaks_the_language_of_the_system_locale(string? locale, string expected) =>
        Texts.FromLocale(locale).ShouldBe(expected);
}
