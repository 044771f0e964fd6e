using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Inventory.Api.Tests.Infrastructure;
using Inventory.Domain.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Contract;

/// <summary>
/// Every problem document carries a stable machine <c>code</c> (and a validation problem an <c>errorCodes</c> beside its
/// <c>errors</c>) from one list: the list the OpenAPI document declares, the README documents, each language file
/// translates, and the code uses — no more, no fewer.
/// </summary>
public partial class ProblemCodeTests(AppFixture app)
{
    [Fact]
    public void the_codes_are_distinct_kebab_case_names()
    {
        ErrorCodes.All.Count.ShouldBeGreaterThan(40);
        ErrorCodes.All.Distinct().Count().ShouldBe(ErrorCodes.All.Count);
        ErrorCodes.All.Where(c => !KebabCase().IsMatch(c)).ShouldBeEmpty();
    }

    [Fact]
    public void the_list_of_codes_is_exactly_the_set_the_code_uses()
    {
        var source = Directory.GetFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && Path.GetFileName(f) != "ErrorCodes.cs")
            .Select(File.ReadAllText).ToList();
        var names = typeof(ErrorCodes).GetFields().Where(f => f.IsLiteral).Select(f => f.Name).ToList();
        var used = source.SelectMany(text => UsedCode().Matches(text).Select(m => m.Groups[1].Value)).ToHashSet();

        names.Where(n => !used.Contains(n)).ShouldBeEmpty("codes listed but never answered: remove them or use them");
        used.Where(n => !names.Contains(n) && n != nameof(ErrorCodes.All)).ShouldBeEmpty();
        // A code is named through ErrorCodes, never written as a bare string where a problem is made (checked for the
        // hyphenated ones: a plain word such as "required" is also JSON Schema's).
        source.SelectMany(text => ErrorCodes.All.Where(code => code.Contains('-') && text.Contains($"\"{code}\"", StringComparison.Ordinal))).ShouldBeEmpty();
    }

    [Fact]
    public void every_code_has_a_text_in_each_language_file()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "wwwroot", "i18n");
        var files = Directory.GetFiles(folder, "*.json");
        files.Select(Path.GetFileNameWithoutExtension).ShouldBe(["en", "es", "pt-BR"], ignoreOrder: true);
        foreach (var file in files)
        {
            var texts = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var missing = ErrorCodes.All.Where(code => texts[$"error.{code}"]?.GetValue<string>() is not { Length: > 0 }).ToList();
            missing.ShouldBeEmpty($"{Path.GetFileName(file)} has no error.<code> text for these codes");
            var stale = texts.Select(t => t.Key).Where(k => k.StartsWith("error.", StringComparison.Ordinal) && !ErrorCodes.All.Contains(k["error.".Length..])).ToList();
            stale.ShouldBeEmpty($"{Path.GetFileName(file)} has texts for codes that do not exist");
        }
    }

    [Fact]
    public void the_readme_documents_every_code_and_no_other()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var start = readme.IndexOf("\n### Error codes\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, "the README has no '### Error codes' section");
        var end = readme.IndexOf("\n#", start + 2, StringComparison.Ordinal);
        var documented = ReadmeRow().Matches(readme[start..(end < 0 ? readme.Length : end)]).Select(m => m.Groups[1].Value).ToList();
        documented.ShouldBe(ErrorCodes.All, ignoreOrder: true);
    }

    [Fact]
    public async Task the_openapi_document_declares_the_list()
    {
        var document = (await app.Host.Client(app.Host.DefaultAdminKey).GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK).Json;
        var problem = document["components"]!["schemas"]!["ProblemDetails"]!;
        problem["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldContain("code");
        problem["properties"]!["code"]!["enum"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(ErrorCodes.All);
        problem["properties"]!["errorCodes"]!["additionalProperties"]!["items"]!["enum"]!.AsArray().Count.ShouldBe(ErrorCodes.All.Count);
        document["components"]!["schemas"]!["ValidationProblemDetails"]!["required"]!.AsArray().Select(r => r!.GetValue<string>())
            .ShouldBe(["errors", "errorCodes"], ignoreOrder: true);
    }

    [Fact]
    public async Task a_broken_rule_answers_its_code_the_field_and_the_values_its_text_names()
    {
        var (org, segment, relationship) = await SetUpAsync();
        (await org.Admin.PostAsync($"/api/segments/{segment}/relationships/{relationship}/retire", new { effectiveDate = "2025-06-01", reason = "ended" }))
            .ShouldBe(HttpStatusCode.OK);

        var late = await org.Admin.PostAsync($"/api/segments/{segment}/relationships/{relationship}/cost",
            new { monthlyFixedCost = 1, costPerInteraction = 1, effectiveDate = "2025-07-01" });
        var problem = Problem(late, HttpStatusCode.UnprocessableEntity, ErrorCodes.RetiredRelationship);
        problem["errorCodes"]!["effectiveDate"]!.AsArray().Single()!.GetValue<string>().ShouldBe(ErrorCodes.RetiredRelationship);
        problem["args"]!["retiredOn"]!.GetValue<string>().ShouldBe("2025-06-01");
        problem["args"]!["field"]!.GetValue<string>().ShouldBe("effectiveDate");
        problem["detail"]!.GetValue<string>().ShouldContain("retired");

        var outside = await org.Admin.PostAsync($"/api/segments/{segment}/relationships/{relationship}/usage",
            new { month = "2025-08", interactions = 1, customersReached = 1 });
        Problem(outside, HttpStatusCode.UnprocessableEntity, ErrorCodes.MonthOutsideActivePeriod)["args"]!["month"]!.GetValue<string>().ShouldBe("2025-08");

        var nextMonth = DateOnly.FromDateTime(app.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).AddMonths(1)
            .ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var open = (await org.Admin.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "communities", name = "Club", monthlyFixedCost = 1, costPerInteraction = 1, effectiveDate = "2025-01-01" })).Id("relationshipId");
        var early = await org.Admin.PostAsync($"/api/segments/{segment}/relationships/{open}/usage", new { month = nextMonth, interactions = 1, customersReached = 1 });
        Problem(early, HttpStatusCode.UnprocessableEntity, ErrorCodes.NotYetBegun)["args"]!["month"]!.GetValue<string>().ShouldBe(nextMonth);

        (await org.Admin.PostAsync($"/api/segments/{segment}/discontinue", new { effectiveDate = "2025-09-01", reason = "done" })).ShouldBe(HttpStatusCode.OK);
        var establish = await org.Admin.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "selfService", name = "Kiosk", monthlyFixedCost = 1, costPerInteraction = 1, effectiveDate = "2025-10-01" });
        Problem(establish, HttpStatusCode.UnprocessableEntity, ErrorCodes.SegmentDiscontinued)["args"]!["since"]!.GetValue<string>().ShouldBe("2025-09-01");
    }

    [Fact]
    public async Task a_validation_problem_names_a_code_for_each_message_of_each_field()
    {
        var (org, segment, _) = await SetUpAsync();
        var answer = await org.Admin.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "telepathy", name = "Desk", monthlyFixedCost = 1, effectiveDate = "2025-02-30", channels = new[] { "web", "pigeon" } });
        var problem = Problem(answer, HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        var errors = problem["errors"]!.AsObject();
        var codes = problem["errorCodes"]!.AsObject();
        codes.Select(c => c.Key).ShouldBe(errors.Select(e => e.Key), ignoreOrder: true);
        foreach (var (field, messages) in errors) codes[field]!.AsArray().Count.ShouldBe(messages!.AsArray().Count, field);
        codes["type"]![0]!.GetValue<string>().ShouldBe(ErrorCodes.NotInVocabulary);
        codes["effectiveDate"]![0]!.GetValue<string>().ShouldBe(ErrorCodes.InvalidDate);
        codes["channels[1]"]![0]!.GetValue<string>().ShouldBe(ErrorCodes.NotInVocabulary);

        var unreadable = await org.Admin.PostRawAsync($"/api/segments/{segment}/relationships", "{\"monthlyFixedCost\":\"lots\"}");
        Problem(unreadable, HttpStatusCode.BadRequest, ErrorCodes.InvalidJson)["errorCodes"]!["monthlyFixedCost"]![0]!.GetValue<string>()
            .ShouldBe(ErrorCodes.WrongType);
    }

    [Fact]
    public async Task problems_from_the_framework_and_the_guards_carry_their_codes()
    {
        var (org, segment, _) = await SetUpAsync();
        Problem(await app.Host.Client("").GetAsync("/api/segments"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthenticated);
        Problem(await app.Host.Client("nonsense").GetAsync("/api/segments"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthenticated);
        var viewer = await org.ClientWithRoleAsync(Inventory.Api.Access.Role.Viewer);
        Problem(await viewer.PostAsync("/api/segments", new { name = "X", motivation = "retention", effectiveDate = "2025-01-01" }),
            HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        Problem(await org.Admin.GetAsync($"/api/segments/{Guid.NewGuid()}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        Problem(await org.Admin.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        Problem(await org.Admin.PostRawAsync("/api/segments", "name=x", "text/plain"), HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType);
        Problem(await org.Admin.PostAsync("/api/segments", new { name = "X", motivation = "retention", effectiveDate = "2025-01-01" }, ("Accept", "text/csv")),
            HttpStatusCode.NotAcceptable, ErrorCodes.NotAcceptable);
        Problem(await org.Admin.PostAsync($"/api/segments/{segment}/discontinue", new { effectiveDate = "2025-09-01" }, ("If-Match", "\"1000\"")),
            HttpStatusCode.PreconditionFailed, ErrorCodes.VersionMismatch);
        var ambiguous = await org.Admin.GetAsync("/api/segments", ("X-Api-Key", org.AdminKey));
        Problem(ambiguous, HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)["errorCodes"]!["X-Api-Key"]![0]!.GetValue<string>()
            .ShouldBe(ErrorCodes.AmbiguousCredentials);

        const string key = "codes-reused";
        (await org.Admin.PostAsync("/api/segments", new { name = "A", motivation = "retention", effectiveDate = "2025-01-01" }, ("Idempotency-Key", key)))
            .ShouldBe(HttpStatusCode.Created);
        Problem(await org.Admin.PostAsync("/api/segments", new { name = "B", motivation = "retention", effectiveDate = "2025-01-01" }, ("Idempotency-Key", key)),
            HttpStatusCode.UnprocessableEntity, ErrorCodes.IdempotencyKeyReused);
    }

    [Fact]
    public async Task a_rejected_import_gives_each_bad_row_a_code()
    {
        var (org, segment, relationship) = await SetUpAsync();
        var csv = $"segmentId,relationshipId,month,interactions,customersReached\n{segment},{relationship},2025-13,5,1\n{segment},{relationship},2025-03,-4,1\n";
        var answer = await org.Admin.SendAsync(HttpMethod.Post, "/api/imports?kind=usage", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var problem = Problem(answer, HttpStatusCode.UnprocessableEntity, ErrorCodes.ImportRejected);
        var rows = problem["rows"]!.AsArray().Select(r => (Line: r!["line"]!.GetValue<int>(), Code: r["code"]!.GetValue<string>())).ToList();
        rows.ShouldBe([(2, ErrorCodes.InvalidMonth), (3, ErrorCodes.InvalidNumber)]);
        problem["errorCodes"]!["month"]![0]!.GetValue<string>().ShouldBe(ErrorCodes.InvalidMonth);
        problem["args"]!["count"]!.GetValue<string>().ShouldBe("2");
    }

    private async Task<(TestOrganization Org, Guid Segment, Guid Relationship)> SetUpAsync()
    {
        var org = await app.Host.NewOrganizationAsync();
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Cafés", motivation = "retention", effectiveDate = "2025-01-01" })).Id("segmentId");
        var relationship = (await org.Admin.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "selfService", name = "Shop", monthlyFixedCost = 100, costPerInteraction = 1, effectiveDate = "2025-01-01" })).Id("relationshipId");
        return (org, segment, relationship);
    }

    private static JsonNode Problem(Answer answer, HttpStatusCode status, string code)
    {
        answer.Status.ShouldBe(status, answer.Body);
        answer.ContentType.ShouldBe("application/problem+json", answer.Body);
        var json = answer.Json;
        json["code"]?.GetValue<string>().ShouldBe(code, answer.Body);
        json["code"].ShouldNotBeNull(answer.Body);
        return json;
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inventory.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException($"No Inventory.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex(@"\bErrorCodes\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex UsedCode();

    /// <summary>A row of the README's table of codes: <c>| `code` | meaning |</c>.</summary>
    [GeneratedRegex(@"^\| `([a-z-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex ReadmeRow();
}
