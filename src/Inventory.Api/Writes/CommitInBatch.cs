using Marten;

namespace Inventory.Api.Writes;

/// <summary>
/// Puts the COMMIT at the end of the session's last batch, so the save is one round trip instead of two (Npgsql sends
/// <c>NpgsqlTransaction.Commit</c> on its own). Marten calls it after the inline projections and the other listeners
/// queued their operations and after it sorted them. If any statement before it fails, PostgreSQL skips the rest of the
/// batch, the COMMIT included, and the transaction is rolled back.
/// </summary>
public sealed class CommitInBatch : DocumentSessionListenerBase
{
    public bool Queued { get; private set; }

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        session.QueueSqlCommand("commit");
        Queued = true;
        return Task.CompletedTask;
    }
}
