using Marten;
using Microsoft.Extensions.Options;
using Inventory.Api.Database;

namespace Inventory.Api.Access;

public sealed class InventoryOptions
{
    public const string Section = "Inventory";
    /// <summary>When set, start-up ensures this key exists as admin of the default organization.</summary>
    public string? BootstrapAdminKey { get; set; }
    public string DefaultOrganizationName { get; set; } = "Default organization";
    /// <summary>The default organization's currency when it is created; unset: the one a feature suggests (the demo's language's: BRL for pt-BR), else EUR.</summary>
    public string? DefaultCurrency { get; set; }
    /// <summary>The operator's key for node endpoints (<c>/api/cluster/node</c>); no organization key is it. None: those endpoints answer 404.</summary>
    public string? OperatorKey { get; set; }
}

/// <summary>A currency suggested for the default organization when none is configured (the demo company suggests its own).</summary>
public interface IDefaultCurrency
{
    string? Currency { get; }
}

/// <summary>Ensures the default organization exists, and an admin key for it (configured, or made once on the embedded default).</summary>
public sealed class Bootstrap(
    IDocumentStore store,
    InventoryDatabase database,
    IOptions<InventoryOptions> options,
    TimeProvider clock,
    ConsoleBanner banner,
    IEnumerable<IDefaultCurrency> defaultCurrencies,
    ILogger<Bootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var settings = options.Value;
        await using var session = store.LightweightSession();
        var organization = await session.LoadAsync<Organization>(Organization.DefaultId, ct);
        if (organization is null)
        {
            session.Store(new Organization
            {
                Id = Organization.DefaultId,
                Name = settings.DefaultOrganizationName,
                Currency = (settings.DefaultCurrency ?? defaultCurrencies.Select(d => d.Currency).FirstOrDefault(c => c is not null) ?? "EUR").ToUpperInvariant(),
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
