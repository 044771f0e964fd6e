using System.Net;
using Inventory.Api.Cli;
using Inventory.Api.Languages;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Access;

/// <summary>
/// The console's messages for people in the system locale's language (<c>LANG</c>) or the one <c>--lang</c> names,
/// English otherwise; what programs read (ids, keys) is the same in every language.
/// </summary>
public class ConsoleLanguageTests(AppFixture app)
{
    private Dictionary<string, string> Environment(string lang) => new()
    {
        ["ConnectionStrings__Inventory"] = app.Host.ConnectionString,
        ["LANG"] = lang,
        ["LC_ALL"] = "",
        ["LC_MESSAGES"] = "",
    };

    [Fact]
    public void the_banner_is_written_in_the_language_asked_and_keeps_the_english_layout()
    {
        var banner = app.Host.Services.GetRequiredService<Inventory.Api.Access.ConsoleBanner>();
        var english = banner.Render(["http://127.0.0.1:5999"], Texts.English)!;
        english.ShouldContain("Relationship Inventory is listening on http://127.0.0.1:5999");
        english.ShouldContain("  organization:  default  (the default organization's id");
        english.ShouldContain("  try:           curl -H \"Authorization: Bearer ");

        var spanish = banner.Render(["http://127.0.0.1:5999"], Texts.For("es"))!;
        spanish.ShouldContain("Relationship Inventory escucha en http://127.0.0.1:5999");
        spanish.ShouldContain("  organización:    default  (el id de la organización predeterminada");
        spanish.ShouldContain("  aplicación web:  http://127.0.0.1:5999/");
        var portuguese = banner.Render(["http://127.0.0.1:5999"], Texts.For("pt-BR"))!;
        portuguese.ShouldContain("Relationship Inventory está escutando em http://127.0.0.1:5999");
    }

    [Theory]
    [InlineData(new[] { "--lang", "es", "org", "list" }, new[] { "org", "list" }, "es")]
    [InlineData(new[] { "org", "list", "--lang=pt-br" }, new[] { "org", "list" }, "pt-BR")]
    [InlineData(new[] { "help" }, new[] { "help" }, null)]
    public void lang_is_taken_out_of_the_arguments(string[] args, string[] rest, string? language)
    {
        var (left, asked) = ConsoleTexts.Parse(args);
        left.ShouldBe(rest);
        asked.ShouldBe(language);
    }

    [Fact]
    public async Task the_command_line_speaks_the_system_locales_language_or_the_one_lang_names()
    {
        var help = await HostCommand.RunAsync(Environment("es_ES.UTF-8"), "help");
        help.ExitCode.ShouldBe(0, help.Output);
        help.Output.ShouldContain("Comandos del producto:");
        help.Output.ShouldContain("org create NAME [--currency EUR] [--fiscal-year-start 1]");
        help.Output.ShouldNotContain("Product commands:");

        var portuguese = await HostCommand.RunAsync(Environment("es_ES.UTF-8"), "--lang", "pt-BR", "org", "list");
        portuguese.ExitCode.ShouldBe(0, portuguese.Output);
        portuguese.Output.ShouldContain("ano fiscal a partir do mês");

        var unknown = await HostCommand.RunAsync(Environment("fr_FR.UTF-8"), "keys", "create", "default", "ops", "--role", "boss");
        unknown.ExitCode.ShouldNotBe(0);
        unknown.Output.ShouldContain("'boss' is not a role: --role is one of viewer, editor, reviewer, auditor, admin");

        var org = await app.Host.NewOrganizationAsync();
        var made = await HostCommand.RunAsync(Environment("pt_BR.UTF-8"), "keys", "create", org.Id, "analista", "--role", "viewer");
        made.ExitCode.ShouldBe(0, made.Output);
        made.Output.ShouldContain("Chave 'analista' criada (viewer, id ");
        // The key itself, for programs, is the last line in every language.
        (await app.Host.Client(made.LastLine).GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task a_rejected_import_names_each_row_in_the_consoles_language()
    {
        var org = await app.Host.NewOrganizationAsync();
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Cafés", motivation = "retention", effectiveDate = "2025-01-01" })).Id("segmentId");
        var relationship = (await org.Admin.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "selfService", name = "Tienda", monthlyFixedCost = 100, costPerInteraction = 1, effectiveDate = "2025-01-01" })).Id("relationshipId");
        var file = Path.Combine(Path.GetTempPath(), $"uso-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, $"segmentId,relationshipId,month,interactions,customersReached\n{segment},{relationship},2025-13,5,1\n{segment},{relationship},1850-01,5,1\n");
        try
        {
            var result = await HostCommand.RunAsync(Environment("es_MX.UTF-8"), "import", "usage", file, "--org", org.Id);
            result.ExitCode.ShouldNotBe(0);
            result.Output.ShouldContain("Rechazado: 2 filas con errores, no se registró nada.");
            result.Output.ShouldContain("línea 2, month: month debe ser un mes escrito AAAA-MM.");
            result.Output.ShouldContain("línea 3, month: month debe estar entre 1900-01-01 y 2200-12-31.");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
