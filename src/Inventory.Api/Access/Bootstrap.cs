using Inventory.Api.Hosting;
using Inventory.Api.Languages;
using Marten;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Access;

public sealed class InventoryOptions
{
    public const string Section = "Inventory";
    /// <summary>When set, start-up ensures this key exists as admin of the default organization.</summary>
    public string? BootstrapAdminKey { get; set; }
    public string DefaultOrganizationName { get; set; } = "Default organization";
    /// <summary>The default organization's currency when it is created; unset: the demo language's (BRL for pt-BR), else EUR.</summary>
    public string? DefaultCurrency { get; set; }
    /// <summary>The operator's key for node endpoints (<c>/api/cluster/node</c>); no organization key is it. None: those endpoints answer 404.</summary>
    public string? OperatorKey { get; set; }
    /// <summary>Load the demo company into the default organization when it is empty (default: only on the embedded default).</summary>
    public bool? Demo { get; set; }
    /// <summary>The demo company's language (<c>es</c>, <c>pt-BR</c>, <c>en</c>; <c>--demo es</c>); unset: the system locale's, else English.</summary>
    public string? DemoLanguage { get; set; }
}

/// <summary>Ensures the default organization exists, and an admin key for it (configured, or made once on the embedded default).</summary>
public sealed class Bootstrap(
    IDocumentStore store,
    InventoryDatabase database,
    IOptions<InventoryOptions> options,
    TimeProvider clock,
    ConsoleBanner banner,
    ILogger<Bootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var demo = settings.Demo ?? database.Embedded is not null;
        var demoTexts = Texts.For(Texts.Match(settings.DemoLanguage) ?? Texts.FromEnvironment());
        await using var session = store.LightweightSession();
        var organization = await session.LoadAsync<Organization>(Organization.DefaultId, ct);
        if (organization is null)
        {
            session.Store(organization = new Organization
            {
                Id = Organization.DefaultId,
                Name = settings.DefaultOrganizationName,
                Currency = (settings.DefaultCurrency ?? (demo ? Web.DemoCompany.CurrencyFor(demoTexts.Language) : "EUR")).ToUpperInvariant(),
                CreatedAt = clock.GetUtcNow(),
            });
        }

        if (!string.IsNullOrWhiteSpace(settings.BootstrapAdminKey))
        {
            var hash = ApiKey.HashOf(settings.BootstrapAdminKey);
            var existing = await session.Query<ApiKey>().FirstOrDefaultAsync(k => k.Hash == hash, ct);
            if (existing is null)
            {
                session.Store(ApiKey.For(settings.BootstrapAdminKey, Organization.DefaultId, "bootstrap-admin", Role.Admin, clock.GetUtcNow()));
                logger.LogInformation("Bootstrap admin key registered for the default organization");
            }
            else if (!existing.IsActive)
            {
                // A revocation sticks: restarting with the same setting must not bring the key back.
                logger.LogWarning("The configured bootstrap admin key (Inventory:BootstrapAdminKey, {Prefix}…) was revoked on {RevokedAt:u}; it is not restored. " +
                    "Remove the setting, or set a new key to register it", existing.Prefix, existing.RevokedAt);
                banner.ConfiguredKeyRevoked(existing.RevokedAt);
            }
            else if (existing.OrganizationId != Organization.DefaultId || existing.Role != Role.Admin)
            {
                existing.OrganizationId = Organization.DefaultId;
                existing.Role = Role.Admin;
                session.Store(existing);
            }
        }
        else if (database.Embedded is { } cluster)
        {
            await EnsureLocalAdminKeyAsync(session, Path.GetDirectoryName(cluster.DataDirectory)!, ct);
        }

        await session.SaveChangesAsync(ct);

        if (demo)
        {
            var organizationId = Organization.DefaultId;
            if (await Web.DemoCompany.LoadAsync(store, organizationId, clock.GetUtcNow(), demoTexts, organization.Currency, ct))
            {
                logger.LogInformation("Loaded the demo company ({Company}, {Language}, {Currency}) into the default organization",
                    demoTexts["demo.company"], demoTexts.Language, organization.Currency);
                banner.DemoLoaded();
            }
        }
    }

    private async Task EnsureLocalAdminKeyAsync(IDocumentSession session, string root, CancellationToken ct)
    {
        var file = Path.Combine(root, "admin-key");
        if (File.Exists(file))
        {
            var saved = (await File.ReadAllTextAsync(file, ct)).Trim();
            var hash = ApiKey.HashOf(saved);
            if (await session.Query<ApiKey>().AnyAsync(k => k.Hash == hash && k.RevokedAt == null, ct))
            {
                logger.LogInformation("Admin key of the default organization: see {File}", file);
                banner.KeyKept(file);
                return;
            }
        }

        var key = ApiKey.Generate();
        session.Store(ApiKey.For(key, Organization.DefaultId, "local-admin", Role.Admin, clock.GetUtcNow()));
        await File.WriteAllTextAsync(file, key + Environment.NewLine, ct);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        logger.LogWarning("Created an admin key for the default organization, saved in {File}", file);
        // Printed on the console once the host listens (with its real address), never logged: keys never go to the logs.
        banner.KeyCreated(key, file);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
