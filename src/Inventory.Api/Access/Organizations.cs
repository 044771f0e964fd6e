using Marten;
using Npgsql;

namespace Inventory.Api.Access;

/// <summary>Creates organizations and issues their keys; used by start-up, the command line and the keys API.</summary>
public sealed class Organizations(IDocumentStore store, TimeProvider clock, KeyCache keys)
{
    public async Task<(Organization Organization, string AdminKey)> CreateAsync(string name, string currency, int fiscalYearStartMonth = 1, string? id = null, CancellationToken ct = default)
    {
        var organization = new Organization
        {
            Id = id ?? OrganizationId.From(name),
            Name = name,
            Currency = currency.ToUpperInvariant(),
            FiscalYearStartMonth = fiscalYearStartMonth,
            CreatedAt = clock.GetUtcNow(),
        };
        var key = ApiKey.Generate();
        await using var session = store.LightweightSession();
        session.Insert(organization);
        session.Store(ApiKey.For(key, organization.Id, "first-admin", Role.Admin, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return (organization, key);
    }

    public async Task<(ApiKey Stored, string Key)> IssueKeyAsync(string organizationId, string name, Role role, CancellationToken ct = default)
    {
        var key = ApiKey.Generate();
        var stored = ApiKey.For(key, organizationId, name, role, clock.GetUtcNow());
        await using var session = store.LightweightSession();
        session.Store(stored);
        await session.SaveChangesAsync(ct);
        return (stored, key);
    }

    /// <summary>
    /// Revokes a key of <paramref name="organizationId"/> and ends its web sessions. Refuses the organization's last active
    /// admin key (the organization would be locked out). Revocations of one organization are serialized, so two admins
    /// revoking each other's keys at once can't both succeed.
    /// </summary>
    public async Task<Revocation> RevokeKeyAsync(string organizationId, Guid keyId, CancellationToken ct = default)
    {
        await using var session = store.LightweightSession();
        await session.BeginTransactionAsync(ct);
        await using (var lockKeys = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext('inventory-keys:' || $1))", session.Connection)
        {
            Parameters = { new() { Value = organizationId } },
        })
        {
            await lockKeys.ExecuteNonQueryAsync(ct);
        }

        var key = await session.LoadAsync<ApiKey>(keyId, ct);
        if (key is null || key.OrganizationId != organizationId) return new Revocation(null, LastAdmin: false);
        if (key is { IsActive: true, Role: Role.Admin }
            && !await session.Query<ApiKey>().AnyAsync(k => k.OrganizationId == organizationId && k.Role == Role.Admin && k.RevokedAt == null && k.Id != keyId, ct))
        {
            return new Revocation(key, LastAdmin: true);
        }

        key.RevokedAt ??= clock.GetUtcNow();
        session.Store(key);
        session.DeleteWhere<WebSession>(s => s.KeyId == keyId);
        await session.SaveChangesAsync(ct);
        // This node stops taking it now; the others as soon as they hear of it (KeyChanges).
        keys.Changed(keyId.ToString());
        return new Revocation(key, LastAdmin: false);
    }
}

/// <summary>The key (null when the organization has no such key), and whether it was refused as the last admin key.</summary>
public sealed record Revocation(ApiKey? Key, bool LastAdmin);
