using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Scenarios;

/// <summary>Each scenario's history driven through HTTP into an organization of its own; every query answers its expected figures.</summary>
public class ScenarioFigureTests(AppFixture app)
{
    public static TheoryData<string> Scenarios() => new(
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Scenarios", "Data"), "*.expected.json")
            .Select(f => Path.GetFileName(f).Replace(".expected.json", ""))
            .Order());

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task the_reports_answer_the_expected_figures(string scenario)
    {
        var definition = ScenarioRunner.Load($"{scenario}.json");
        var currency = definition["organization"]?["currency"]?.GetValue<string>() ?? "EUR";
        var fiscal = definition["organization"]?["fiscalYearStartMonth"]?.GetValue<int>() ?? 1;
        var org = await app.Host.NewOrganizationAsync(currency, fiscal);
        var run = new ScenarioRunner(org.Admin);
        await run.RunAsync(definition);

        await ScenarioExpectations.CheckAsync(org.Admin, run, $"{scenario}.expected.json");
    }
}
