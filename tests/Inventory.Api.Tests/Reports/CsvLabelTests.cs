using System.Net;
using Inventory.Api.Languages;
using Inventory.Api.Tests.Infrastructure;
using Inventory.Domain.Errors;

namespace Inventory.Api.Tests.Reports;

/// <summary>
/// <c>?labels=es|pt-BR|en</c> turns a CSV answer's header row into people's words; everything else stays as a program
/// reads it (the same rows, ISO dates, <c>.</c> decimals). Without it the header is the stable column names.
/// </summary>
public class CsvLabelTests(AppFixture app)
{
    private static readonly string[] CsvAddresses =
    [
        "/api/reports/mix?from=2025-Q1&to=2025-Q2",
        "/api/reports/cost?from=2025-Q1&to=2025-Q2&groupBy=relationship",
        "/api/reports/usage-patterns?from=2025-Q1&to=2025-Q2",
        "/api/reports/satisfaction-cost?from=2025-Q1&to=2025-Q2",
        "/api/reports/expectation-gap?asOf=2025-06-30",
        "/api/reports/cost-benefit?from=2025-Q1&to=2025-Q2",
        "/api/reports/diff?from=2024-12-31&to=2025-06-30",
        "/api/audit",
        "/api/audit?page=1&pageSize=20",
    ];

    [Fact]
    public async Task every_csv_answer_gives_its_header_row_in_the_language_asked_and_keeps_its_rows()
    {
        var org = await app.Host.NewOrganizationAsync();
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Cafés, bares", motivation = "retention", effectiveDate = "2025-01-01" })).Id("segmentId");
        var relationship = (await org.Admin.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "selfService", name = "Tienda", monthlyFixedCost = 1234.56, costPerInteraction = 0.5, effectiveDate = "2025-01-01" })).Id("relationshipId");
        (await org.Admin.PostAsync($"/api/segments/{segment}/relationships/{relationship}/usage", new { month = "2025-02", interactions = 1500, customersReached = 300 }))
            .ShouldBe(HttpStatusCode.OK);
        (await org.Admin.PostAsync($"/api/segments/{segment}/expectations", new { type = "communities", importance = 4, effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.OK);

        foreach (var address in CsvAddresses)
        {
            var separator = address.Contains('?') ? '&' : '?';
            var plain = Lines((await org.Admin.GetAsync(address, ("Accept", "text/csv"))).ShouldBe(HttpStatusCode.OK).Body);
            plain.Length.ShouldBeGreaterThan(1, $"{address} answered no rows");
            var columns = plain[0].Split(',');
            columns.ShouldAllBe(c => c.Length > 0 && !c.Contains(' '), address);
            foreach (var language in Texts.Supported)
            {
                var texts = Texts.For(language);
                var labelled = Lines((await org.Admin.GetAsync($"{address}{separator}labels={language}&format=csv")).ShouldBe(HttpStatusCode.OK).Body);
                labelled[0].Split(',').ShouldBe(columns.Select(c => texts[$"csv.{c}"]).ToArray(), $"{address} in {language}");
                labelled[1..].ShouldBe(plain[1..], $"{address} in {language}: only the header changes");
            }
        }

        var spanish = Lines((await org.Admin.GetAsync("/api/reports/cost?from=2025-Q1&to=2025-Q1&groupBy=relationship&format=csv&labels=es")).Body);
        spanish[0].ShouldStartWith("Trimestre,Clave,Nombre,Segmento,Tipo de relación,Coste fijo");
        spanish[1].ShouldContain("3703.68"); // three months of 1234.56 and 1500 × 0.5: a '.' decimal, no thousands separator
        spanish[1].ShouldContain("\"Cafés, bares\"");
    }

    [Fact]
    public async Task a_language_there_is_no_file_for_is_refused_naming_labels()
    {
        var org = await app.Host.NewOrganizationAsync();
        foreach (var address in new[] { "/api/reports/mix?labels=fr&format=csv", "/api/reports/mix?labels=fr", "/api/audit?labels=klingon&format=csv" })
        {
            var answer = await org.Admin.GetAsync(address);
            answer.ShouldBe(HttpStatusCode.BadRequest);
            answer.ErrorFor("labels");
            answer.Json["errorCodes"]!["labels"]![0]!.GetValue<string>().ShouldBe(ErrorCodes.NotInVocabulary);
        }
    }

    [Fact]
    public async Task every_operation_answering_csv_declares_labels()
    {
        var document = (await app.Host.Client(app.Host.DefaultAdminKey).GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK).Json;
        var csvOperations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => (Name: $"{o.Key} {p.Key}", Operation: o.Value!)))
            .Where(o => o.Operation["responses"]!.AsObject().Any(r => r.Value!["content"]?["text/csv"] is not null))
            .ToList();
        csvOperations.Count.ShouldBe(8);
        foreach (var (name, operation) in csvOperations)
        {
            var labels = operation["parameters"]!.AsArray().SingleOrDefault(p => p!["name"]!.GetValue<string>() == "labels");
            labels.ShouldNotBeNull($"{name} answers CSV without declaring labels");
            labels["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(Texts.Supported);
        }
    }

    private static string[] Lines(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
