using Marten;
using Npgsql;

namespace Inventory.Api.Access;

/// <summary>
/// Tells every node at once that a key or a web session changed: triggers on their tables send a PostgreSQL NOTIFY (on
/// commit, whoever writes: the API, the command line, start-up), and each node LISTENs on a connection of its own and
/// evicts what it kept in <see cref="KeyCache"/>. If that connection drops, the cache keeps nothing until it is back.
/// </summary>
public sealed class KeyChanges(IDocumentStore store, NpgsqlDataSource dataSource, KeyCache cache, ILogger<KeyChanges> logger) : BackgroundService
{
    public const string Channel = "inventory_key_changes";
    private static readonly TimeSpan Ping = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // In the background, not in the host's start: until the node listens it keeps nothing, so it serves correctly meanwhile.
        var triggersInstalled = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!triggersInstalled) await InstallTriggersAsync(stoppingToken);
                triggersInstalled = true;
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => cache.Changed(e.Payload);
                await using (var listen = new NpgsqlCommand($"listen {Channel}", connection)) await listen.ExecuteNonQueryAsync(stoppingToken);
                cache.Listening(true);
                while (!stoppingToken.IsCancellationRequested)
                {
                    // Quiet for a while: make sure the connection is still there (a dead one would never notify).
                    if (!await connection.WaitAsync(Ping, stoppingToken))
                    {
                        await using var ping = new NpgsqlCommand("select 1", connection);
                        await ping.ExecuteScalarAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Lost the database connection that hears of revoked keys; keys are read from the database until it is back");
                cache.Listening(false);
                await Task.Delay(Reconnect, stoppingToken);
            }
            finally
            {
                cache.Listening(false);
            }
        }
    }

    private async Task InstallTriggersAsync(CancellationToken ct)
    {
        var keys = store.Options.FindOrResolveDocumentType(typeof(ApiKey)).TableName.QualifiedName;
        var sessions = store.Options.FindOrResolveDocumentType(typeof(WebSession)).TableName.QualifiedName;
        var function = $"{store.Options.DatabaseSchemaName}.inventory_notify_key_change";
        var sql = $"""
            select pg_advisory_xact_lock(hashtext('inventory-key-change-triggers'));
            create or replace function {function}() returns trigger language plpgsql as $$
            begin
              if TG_OP = 'TRUNCATE' then
                perform pg_notify('{Channel}', '*');
              else
                perform pg_notify('{Channel}', OLD.id::text);
              end if;
              return null;
            end $$;
            do $$
            begin
              -- Created once: replacing a trigger would lock the table against every node's key reads.
              if not exists (select 1 from pg_trigger where tgrelid = '{keys}'::regclass and tgname = 'inventory_key_changed') then
                create trigger inventory_key_changed after update or delete on {keys} for each row execute function {function}();
                create trigger inventory_keys_truncated after truncate on {keys} for each statement execute function {function}();
              end if;
              if not exists (select 1 from pg_trigger where tgrelid = '{sessions}'::regclass and tgname = 'inventory_session_changed') then
                create trigger inventory_session_changed after update or delete on {sessions} for each row execute function {function}();
                create trigger inventory_sessions_truncated after truncate on {sessions} for each statement execute function {function}();
              end if;
            end $$;
            """;
        // The tables are Marten's: made sure of first, as the first write would.
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(ApiKey), ct);
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(WebSession), ct);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var command = new NpgsqlCommand(sql, connection, transaction)) await command.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
