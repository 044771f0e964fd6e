using Inventory.Api.Access;
using Inventory.Api.Database;
using Inventory.Api.Languages;
using Marten;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Demo;

public sealed class DemoOptions
{
    public const string Section = "Inventory";
    /// <summary>Load the demo company into the default organization when it is empty (default: only on the embedded default).</summary>
    public bool? Demo { get; set; }
    /// <summary>The demo company's language (<c>es</c>, <c>pt-BR</c>, <c>en</c>; <c>--demo es</c>); unset: the system locale's, else English.</summary>
    public string? DemoLanguage { get; set; }
    /// <summary>
    /// The day the demo's history ends (<c>YYYY-MM-DD</c>, not after today); unset: today. Pinning it keeps the demo's quarters
    /// the same whatever day it is loaded (the browser tests name its quarters).
    /// </summary>
    public DateOnly? DemoEndsOn { get; set; }
}

/// <summary>Whether the demo is loaded at this start, and in which language.</summary>
public sealed class DemoChoice(InventoryDatabase database, IOptions<DemoOptions> options) : IDefaultCurrency
{
    /// <summary>Asked (or by default, on the embedded database); read once the database is resolved (at start-up).</summary>
    public bool Wanted => options.Value.Demo ?? database.Embedded is not null;

    public Texts Texts => Texts.For(Texts.Match(options.Value.DemoLanguage) ?? Texts.FromEnvironment());

    /// <summary>The demo company's currency for the default organization it creates (BRL for pt-BR, else EUR).</summary>
    public string? Currency => Wanted ? DemoCompany.CurrencyFor(Texts.Language) : null;

    public DateOnly? EndsOn => options.Value.DemoEndsOn;
}

/// <summary>Loads the demo company into the default organization, once start-up has made sure that organization exists.</summary>
public sealed class DemoSeeding(IDocumentStore store, DemoChoice choice, TimeProvider clock, ConsoleBanner banner, ILogger<DemoSeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (!choice.Wanted) return;
        var texts = choice.Texts;
        Organization organization;
        await using (var session = store.QuerySession())
        {
            organization = await session.LoadAsync<Organization>(Organization.DefaultId, ct)
                           ?? throw new InvalidOperationException("The default organization is made before the demo is loaded");
        }

        var now = clock.GetUtcNow();
        if (choice.EndsOn > DateOnly.FromDateTime(now.UtcDateTime))
            throw new InvalidOperationException($"Inventory:DemoEndsOn ({choice.EndsOn:yyyy-MM-dd}) is after today: the demo's history ends today at the latest");
        if (await DemoCompany.LoadAsync(store, organization.Id, now, texts, organization.Currency, ct, choice.EndsOn))
        {
            logger.LogInformation("Loaded the demo company ({Company}, {Language}, {Currency}) into the default organization",
                texts["demo.company"], texts.Language, organization.Currency);
            banner.DemoLoaded();
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
